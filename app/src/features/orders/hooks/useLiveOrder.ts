import { useQuery } from "@tanstack/react-query";
import { orderQueryOptions, orderTimelineQueryOptions, useMarket } from "../../../market/index.ts";

/** While an order is open its shop and carrier move it along: its state and history are read again this often. */
const LIVE_ORDER_REFRESH_MS = 15_000;

/** One order and its history, kept current while the page is open (same cache entries as `useOrder`). */
export function useLiveOrder(orderId: bigint) {
  const { publicClient, deployment } = useMarket();
  const order = useQuery({
    ...orderQueryOptions(publicClient, deployment, orderId),
    refetchInterval: LIVE_ORDER_REFRESH_MS,
  });
  const timeline = useQuery({
    ...orderTimelineQueryOptions(publicClient, deployment, orderId),
    refetchInterval: LIVE_ORDER_REFRESH_MS,
  });
  return { order, timeline };
}
