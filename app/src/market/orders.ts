import {
  type Deployment,
  getOrder,
  getOrderState,
  getOrderTimeline,
  listOrders,
  type OrderFilter,
} from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address, Chain, Transport, Client as ViemClient } from "viem";
import { useMarket } from "./useMarket.ts";

type Client = ViemClient<Transport, Chain>;

/** Query keys of order reads; invalidate `["orders", chainId]` after any order transaction. */
export const orderKeys = {
  all: (chainId: number) => ["orders", chainId] as const,
  list: (chainId: number, filter: OrderFilter) =>
    [
      "orders",
      chainId,
      "list",
      Object.entries(filter)
        .map(([key, value]) => `${key}:${String(value)}`)
        .join(),
    ] as const,
  one: (chainId: number, orderId: bigint) => ["orders", chainId, "one", orderId.toString()] as const,
  state: (chainId: number, orderId: bigint) => ["orders", chainId, "state", orderId.toString()] as const,
  timeline: (chainId: number, orderId: bigint) => ["orders", chainId, "timeline", orderId.toString()] as const,
};

export const ordersQueryOptions = (client: Client, deployment: Deployment, filter: OrderFilter) =>
  queryOptions({
    queryKey: orderKeys.list(deployment.chainId, filter),
    queryFn: () => listOrders(client, deployment, filter),
  });

export const orderQueryOptions = (client: Client, deployment: Deployment, orderId: bigint) =>
  queryOptions({
    queryKey: orderKeys.one(deployment.chainId, orderId),
    queryFn: () => getOrder(client, deployment, { orderId }),
  });

export const orderStateQueryOptions = (client: Client, deployment: Deployment, orderId: bigint) =>
  queryOptions({
    queryKey: orderKeys.state(deployment.chainId, orderId),
    queryFn: () => getOrderState(client, deployment, { orderId }),
  });

export const orderTimelineQueryOptions = (client: Client, deployment: Deployment, orderId: bigint) =>
  queryOptions({
    queryKey: orderKeys.timeline(deployment.chainId, orderId),
    queryFn: () => getOrderTimeline(client, deployment, { orderId }),
  });

/** Orders of a buyer, a shop or a carrier, newest first. */
export function useOrders(filter: OrderFilter | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    ...ordersQueryOptions(
      publicClient,
      deployment,
      filter ?? { buyer: "0x0000000000000000000000000000000000000000" as Address },
    ),
    enabled: filter !== undefined,
    select: (orders) => [...orders].sort((a, b) => b.paidAt - a.paidAt),
  });
}

/** One order: its terms (from `OrderPaid`), digests, paid date and current state. */
export function useOrder(orderId: bigint | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({ ...orderQueryOptions(publicClient, deployment, orderId ?? 0n), enabled: orderId !== undefined });
}

/** Everything that happened to an order, with dates: paid, accepted, checkpoints, delivered, disputes, reviews… */
export function useOrderTimeline(orderId: bigint | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    ...orderTimelineQueryOptions(publicClient, deployment, orderId ?? 0n),
    enabled: orderId !== undefined,
  });
}
