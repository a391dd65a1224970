import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useLoyaltyProgram } from "../../../../market/index.ts";
import { OpenProgram } from "./OpenProgram.tsx";
import { ProgramCard } from "./ProgramCard.tsx";
import { RedeemAtCounter } from "./RedeemAtCounter.tsx";

/** The stamp card part of the Services tab: open one, or run it (regulars, automatic stamps, the counter). */
export function LoyaltyPanel({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const program = useLoyaltyProgram(shop.shopId);
  if (program.isPending) return <Spinner label={t("services.loading")} />;
  if (program.isError)
    return (
      <Banner tone="error" title={t("services.loyalty.title")}>
        {t("services.readError")}
      </Banner>
    );
  if (program.data === null) return <OpenProgram shop={shop} />;
  return (
    <>
      <ProgramCard shop={shop} program={program.data} />
      <RedeemAtCounter shop={shop} program={program.data} />
    </>
  );
}
