import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import openProgramTransaction from "../transactions/openLoyaltyProgram.ts";
import { ProgramForm } from "./ProgramForm.tsx";

/** A shop without a stamp card: what one is, and the form that opens it. */
export function OpenProgram({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const opening = useTransaction(openProgramTransaction);
  return (
    <Card title={t("services.loyalty.title")} headingLevel={2}>
      <p>{t("services.loyalty.intro")}</p>
      <ProgramForm
        isNew
        initial={{ stampsPerOrder: "1", rewardThreshold: "10", title: "", description: "" }}
        submitLabel={t("services.loyalty.open.submit")}
        onSubmit={(values) => opening.open({ shopId: shop.shopId, ...values })}
      />
      <TransactionDialog handle={opening} />
    </Card>
  );
}
