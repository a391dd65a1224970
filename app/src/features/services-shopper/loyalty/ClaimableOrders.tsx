import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { TransactionDialog, useTransaction } from "../../../transaction/index.ts";
import claimStamps from "../transactions/claimStamps.ts";
import { ClaimableOrderRow } from "./ClaimableOrderRow.tsx";
import { useClaimableOrders } from "./useClaimableOrders.ts";

/** Past orders that can still earn their stamps, each with "Claim my stamps"; nothing when there are none. */
export function ClaimableOrders({ buyer }: { buyer: Address }) {
  const { t } = useTranslation("services");
  const orders = useClaimableOrders(buyer);
  const claim = useTransaction(claimStamps);
  return (
    <>
      {orders.length > 0 && (
        <section aria-labelledby="claimable-title" className="service-block">
          <h2 id="claimable-title" className="service-block__title">
            {t("claim.heading")}
          </h2>
          <p className="service-block__note">{t("claim.lead")}</p>
          <ul className="claimable-orders">
            {orders.map((order) => (
              <ClaimableOrderRow key={order.orderId.toString()} order={order} onClaim={claim.open} />
            ))}
          </ul>
        </section>
      )}
      <TransactionDialog handle={claim} />
    </>
  );
}
