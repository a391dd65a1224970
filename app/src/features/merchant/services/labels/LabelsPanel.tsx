import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useShopLabels } from "../../../../market/index.ts";
import { LabelRow } from "./LabelRow.tsx";

/** The labels third parties attest for the shop, read only: a shop cannot label itself. */
export function LabelsPanel({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const labels = useShopLabels(shop.shopId);
  return (
    <Card title={t("services.labels.title")}>
      <p>{t("services.labels.intro")}</p>
      {labels.isPending && <Spinner label={t("services.loading")} />}
      {labels.isError && <Banner tone="error">{t("services.readError")}</Banner>}
      {labels.data?.length === 0 && <p className="muted">{t("services.labels.none")}</p>}
      {labels.data !== undefined && labels.data.length > 0 && (
        <ul className="services-labels">
          {[...labels.data].reverse().map((label) => (
            <LabelRow key={label.attestationId.toString()} label={label} />
          ))}
        </ul>
      )}
    </Card>
  );
}
