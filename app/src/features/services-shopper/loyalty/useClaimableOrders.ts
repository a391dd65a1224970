import type { OrderDetails } from "@grandrue/sdk";
import { useMemo } from "react";
import type { Address } from "viem";
import { useLoyaltyPrograms, useOrders, useStampedOrders } from "../../../market/index.ts";

/**
 * The buyer's completed orders at shops with an active stamp card that earned no stamps (placed before the shop
 * started its card, or completed without the card's hook): what "Claim my stamps" can still stamp.
 * @example const claimable = useClaimableOrders(address) // OrderDetails[]
 */
export function useClaimableOrders(buyer: Address | undefined): OrderDetails[] {
  const orders = useOrders(buyer === undefined ? undefined : { buyer });
  const completed = useMemo(
    () => orders.data?.filter((order) => order.state.status === "Completed") ?? [],
    [orders.data],
  );
  const shopIds = [...new Set(completed.map((order) => order.terms.shopId))];
  const programs = useLoyaltyPrograms(shopIds);
  const withCard = completed.filter((order) => programs[shopIds.indexOf(order.terms.shopId)]?.data?.isActive === true);
  const stamped = useStampedOrders(withCard.map((order) => order.orderId));
  if (stamped.data === undefined) return [];
  return withCard.filter((order) => !stamped.data.has(order.orderId));
}
