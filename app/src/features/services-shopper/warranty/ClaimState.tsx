import { useTranslation } from "react-i18next";
import type { WarrantyClaim } from "../../../../../sdk/src/services/bonds/getOrderWarranty.ts";
import { Badge, type BadgeTone } from "../../../components/ui/Badge.tsx";
import { TokenAmount } from "../../orders/index.ts";
import { formatDay } from "../lib/formatDay.ts";

const TONES: Record<WarrantyClaim["status"], BadgeTone> = { Open: "info", Upheld: "success", Dismissed: "danger", Lapsed: "neutral" };

/** Where the buyer's warranty claim stands: filed and waiting, paid from the bond, rejected, or lapsed. */
export function ClaimState({ claim }: { claim: WarrantyClaim }) {
  const { t, i18n } = useTranslation("services");
  return (
    <div className="claim-state">
      <p>
        <Badge tone={TONES[claim.status]}>{t(`warranty.status.${claim.status}`)}</Badge>
      </p>
      <p>
        {t("warranty.filedOn", { date: formatDay(claim.filedAt, i18n.language) })} <TokenAmount token={claim.token} amount={claim.amount} />
      </p>
      <p className="service-block__note">{t(`warranty.statusText.${claim.status}`)}</p>
    </div>
  );
}
