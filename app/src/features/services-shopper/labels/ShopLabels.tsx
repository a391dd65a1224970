import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ShopLabelEntry } from "./ShopLabelEntry.tsx";
import { useTrustedLabels } from "./useTrustedLabels.ts";

/** A shop's valid labels from the issuers the shopper trusts, with a way to choose them; nothing when there are none. */
export function ShopLabels({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation(["services", "shops"]);
  const labels = useTrustedLabels()?.get(shopId);
  if (labels === undefined) return null;
  return (
    <section aria-labelledby="shop-labels-title" className="service-block">
      <h2 id="shop-labels-title" className="service-block__title">
        {t("shops:attestedLabels.title")}
      </h2>
      <ul className="service-labels">
        {labels.map((label) => (
          <ShopLabelEntry key={label.attestationId.toString()} label={label} />
        ))}
      </ul>
      <p className="service-block__note">
        {t("labels.note")} <Link href="~/labels">{t("labels.chooseIssuers")}</Link>
      </p>
    </section>
  );
}
