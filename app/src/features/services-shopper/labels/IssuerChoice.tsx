import type { LabelIssuer } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useDocument } from "../../../market/index.ts";

export type IssuerChoiceProps = { issuer: LabelIssuer; isChecked: boolean; onChange(isChecked: boolean): void };

/** One issuer with a checkbox: its name, what it says about itself and the labels it awards (text only). */
export function IssuerChoice({ issuer, isChecked, onChange }: IssuerChoiceProps) {
  const { t } = useTranslation("services");
  const { data: profile } = useDocument("label-issuer", issuer.profileCid);
  const id = `issuer-${issuer.issuer}`;
  return (
    <li className="issuer-choice">
      <input id={id} type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <div>
        <label htmlFor={id} className="issuer-choice__name">
          {issuer.name || t("labels.unnamedIssuer")}
        </label>
        {profile?.description && <p className="issuer-choice__description">{profile.description}</p>}
        {profile !== undefined && (
          <p className="issuer-choice__labels">
            {t("issuers.awards", { labels: profile.labels.map((label) => label.title).join(" · ") })}
          </p>
        )}
      </div>
    </li>
  );
}
