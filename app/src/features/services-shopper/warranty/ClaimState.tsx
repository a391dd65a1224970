import type { WarrantyClaim } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../../components/ui/Badge.tsx";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import { formatPrice } from "../../../lib/format.ts";
import { formatDay } from "../lib/formatDay.ts";
import { maxClaimPrice, type OrderMoney } from "./claimAmount.ts";

const TONES: Record<WarrantyClaim["status"], BadgeTone> = {
  Open: "info",
  Upheld: "success",
  Dismissed: "danger",
  Lapsed: "neutral",
};

/**
 * Where the buyer's warranty claim stands: filed and waiting, paid from the bond, rejected, or lapsed. The amount is
 * said in the order's unit ("40,00 €") once its money is known, in the token until then.
 */
export function ClaimState({ claim, money }: { claim: WarrantyClaim; money: OrderMoney | undefined }) {
  const { t, i18n } = useTranslation("services");
  const amount =
    money === undefined ? (
      <TokenAmount token={claim.token} amount={claim.amount} />
    ) : (
      formatPrice(maxClaimPrice(claim.amount, money), money.priceUnit, i18n.language)
    );
  return (
    <div className="claim-state">
      <p>
        <Badge tone={TONES[claim.status]}>{t(`warranty.status.${claim.status}`)}</Badge>
      </p>
      <p>
        {t("warranty.filedOn", { date: formatDay(claim.filedAt, i18n.language) })} {amount}
      </p>
      <p className="service-block__note">{t(`warranty.statusText.${claim.status}`)}</p>
    </div>
  );
}
