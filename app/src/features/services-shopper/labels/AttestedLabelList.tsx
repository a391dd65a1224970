import { useTranslation } from "react-i18next";
import "../../../styles/features/services-shopper.css";
import type { ShopLabel } from "@grandrue/sdk";
import { useLabelMeaning } from "./useLabelMeaning.ts";
import { labelKeyOf, useTrustedLabels } from "./useTrustedLabels.ts";

function AttestedLabel({ label }: { label: ShopLabel }) {
  const { t } = useTranslation("shops");
  const { title } = useLabelMeaning(label);
  const issuer = label.issuerName === "" ? t("attestedLabels.unnamedIssuer") : label.issuerName;
  return (
    <li className="attested-label">
      <span aria-hidden="true">✓ </span>
      {title} <span className="attested-label__issuer">({t("attestedLabels.issuedBy", { issuer })})</span>
    </li>
  );
}

/** A shop's valid labels from the issuers the shopper trusts, one line each, for a search result; nothing without any. */
export function AttestedLabelList({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation("shops");
  const labels = useTrustedLabels()?.get(shopId);
  if (labels === undefined || labels.length === 0) return null;
  return (
    <ul className="attested-labels" aria-label={t("attestedLabels.title")}>
      {labels.map((label) => (
        <AttestedLabel key={labelKeyOf(label)} label={label} />
      ))}
    </ul>
  );
}
