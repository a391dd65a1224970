import type { OrderDetails } from "@grandrue/sdk";
import { useQueries } from "@tanstack/react-query";
import { orderTimelineQueryOptions, useMarket } from "../../../market/index.ts";

/** What each resolved dispute gave the shop (from its `DisputeResolved` event), by order id. */
export function useResolvedShopAmounts(orders: readonly OrderDetails[]): Map<bigint, bigint> {
  const { publicClient, deployment } = useMarket();
  const resolved = orders.filter((order) => order.state.status === "Resolved");
  const timelines = useQueries({
    queries: resolved.map((order) => orderTimelineQueryOptions(publicClient, deployment, order.orderId)),
  });
  const amounts = new Map<bigint, bigint>();
  resolved.forEach((order, index) => {
    const resolution = timelines[index]?.data?.findLast((entry) => entry.type === "Resolved");
    if (resolution?.type === "Resolved") amounts.set(order.orderId, resolution.shopAmount);
  });
  return amounts;
}
