import type { ShopLabel } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatDay } from "../lib/formatDay.ts";
import { useLabelMeaning } from "./useLabelMeaning.ts";

/** One valid label of a shop: what it means, who issued it, and until when. Issuer text is shown as text only. */
export function ShopLabelEntry({ label }: { label: ShopLabel }) {
  const { t, i18n } = useTranslation(["services", "shops"]);
  const { title, description } = useLabelMeaning(label);
  return (
    <li className="service-label">
      <span className="service-label__title">{title}</span>
      <span className="service-label__issuer">
        {t("shops:attestedLabels.issuedBy", { issuer: label.issuerName || t("shops:attestedLabels.unnamedIssuer") })}
      </span>
      {description !== undefined && <span className="service-label__description">{description}</span>}
      {label.expiresAt !== undefined && (
        <span className="service-label__expiry">
          {t("labels.validUntil", { date: formatDay(label.expiresAt, i18n.language) })}
        </span>
      )}
    </li>
  );
}
