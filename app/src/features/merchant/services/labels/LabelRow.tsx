import type { ShopLabel } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { shortHex } from "../../../../lib/format.ts";
import { useDocument } from "../../../../market/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";

/** Where an attestation stands, as the contract's `isValid` decides it: revoked first, then expired. */
export function labelState(label: Pick<ShopLabel, "isRevoked" | "isValid">): "valid" | "expired" | "revoked" {
  if (label.isRevoked) return "revoked";
  return label.isValid ? "valid" : "expired";
}

const TONES = { valid: "success", expired: "warning", revoked: "danger" } as const;

/** One label: what it means (from its issuer's profile), who issued it, until when, and whether it holds now. */
export function LabelRow({ label }: { label: ShopLabel }) {
  const { t, i18n } = useTranslation("merchant");
  const profile = useDocument("label-issuer", label.issuerProfileCid);
  const title = profile.data?.labels.find((entry) => entry.slug === label.label)?.title ?? label.label;
  const state = labelState(label);
  return (
    <li className="services-labels__label">
      <Badge tone={TONES[state]}>{t(`services.labels.state.${state}`)}</Badge>
      <span className="services-labels__title">{title}</span>
      <span className="muted">
        {t("services.labels.issuer", { name: label.issuerName === "" ? shortHex(label.issuer) : label.issuerName })}
        {" · "}
        {label.expiresAt === undefined
          ? t("services.labels.noExpiry")
          : t("services.labels.expires", { date: dateTimeInWords(label.expiresAt, i18n.language) })}
      </span>
    </li>
  );
}
