import type { LabelIssuer } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useDocument } from "../../../market/index.ts";

export type IssuerChoiceProps = {
  issuer: LabelIssuer;
  /** How many shops hold a valid label from this issuer now. */
  shopCount: number;
  isChecked: boolean;
  onChange(isChecked: boolean): void;
};

/**
 * One issuer with a checkbox: its name, what it says about itself, the labels it awards, since when it issues and how
 * many shops it attests — what makes a label worth something (text only).
 */
export function IssuerChoice({ issuer, shopCount, isChecked, onChange }: IssuerChoiceProps) {
  const { t, i18n } = useTranslation(["services", "shops"]);
  const since = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(new Date(issuer.since * 1000));
  const { data: profile } = useDocument("label-issuer", issuer.profileCid);
  const id = `issuer-${issuer.issuer}`;
  return (
    <li className="issuer-choice">
      <input id={id} type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <div>
        <label htmlFor={id} className="issuer-choice__name">
          {issuer.name || t("shops:attestedLabels.unnamedIssuer")}
        </label>
        {profile?.description && <p className="issuer-choice__description">{profile.description}</p>}
        {profile !== undefined && (
          <p className="issuer-choice__labels">
            {t("issuers.awards", { labels: profile.labels.map((label) => label.title).join(" · ") })}
          </p>
        )}
        <p className="issuer-choice__facts muted">
          {t("issuers.since", { date: since })} · {t("issuers.shops", { count: shopCount })}
        </p>
      </div>
    </li>
  );
}
