import type { IndexedShop, OrderItems, OrderTerms } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { useCarriers } from "../../../market/index.ts";

/** How the order reaches the buyer, in words: pickup at the shop, the shop's own delivery, or the carrier by name. */
export function OrderDelivery({
  terms,
  items,
  shop,
}: {
  terms: OrderTerms;
  items: OrderItems | undefined;
  shop: IndexedShop | undefined;
}) {
  const { t } = useTranslation("orders");
  const { data: carriers } = useCarriers();
  const address = shop?.metadata?.address;
  if (terms.carrier !== zeroAddress) {
    const name = carriers?.get(terms.carrier)?.profile?.name ?? t("detail.carrierUnknown");
    return <p className="order-summary__delivery">{t("detail.byCarrier", { carrier: name })}</p>;
  }
  if (items?.fulfilment === "own-delivery") return <p className="order-summary__delivery">{t("detail.ownDelivery")}</p>;
  if (address === undefined) return <p className="order-summary__delivery">{t("detail.pickup")}</p>;
  return (
    <p className="order-summary__delivery">
      {t("checkout.review.pickupAt", { street: address.street, city: address.city })}
    </p>
  );
}
