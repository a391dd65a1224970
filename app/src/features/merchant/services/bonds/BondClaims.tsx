import { type BondClaim, type IndexedShop, orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Link } from "wouter";
import { Badge, type BadgeTone } from "../../../../components/ui/Badge.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import { BondAmount } from "./BondAmount.tsx";

const TONES: Record<BondClaim["status"], BadgeTone> = {
  Open: "warning",
  Upheld: "danger",
  Dismissed: "success",
  Lapsed: "neutral",
};

/** The warranty claims filed against one bond, newest first, with where each stands. */
export function BondClaims({
  shop,
  token,
  claims,
}: {
  shop: IndexedShop;
  token: Address;
  claims: readonly BondClaim[];
}) {
  const { t, i18n } = useTranslation("merchant");
  if (claims.length === 0) return <p className="muted">{t("services.claims.none")}</p>;
  return (
    <section aria-label={t("services.claims.title")}>
      <h4 className="form-subtitle">{t("services.claims.title")}</h4>
      <ul className="services-claims">
        {[...claims].reverse().map((claim) => (
          <li key={claim.orderId.toString()} className="services-claims__claim">
            <Badge tone={TONES[claim.status]}>{t(`services.claims.status.${claim.status}`)}</Badge>
            <Link href={`/shops/${shop.shopId}/orders/${orderIdHex(claim.orderId)}`}>
              {t("services.claims.order", { reference: orderReference(claim.orderId) })}
            </Link>
            <span>
              {t("services.claims.filed", { date: dateTimeInWords(claim.filedAt, i18n.language) })}
              {" · "}
              {t("services.claims.amount")}{" "}
              <BondAmount shop={shop} token={token} amount={claim.status === "Upheld" ? claim.paid : claim.amount} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
