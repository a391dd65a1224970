import {
  type DeployedContract,
  getAllLabels,
  getLabelIssuers,
  getLoyaltyProgram,
  getOrderWarranty,
  getShopBonds,
  getStampCards,
  getStampedOrders,
} from "@grandrue/sdk";
import { queryOptions } from "@tanstack/react-query";
import type { Address, Chain, Transport, Client as ViemClient } from "viem";

type Client = ViemClient<Transport, Chain>;

/** Query keys of the services' reads; invalidate `serviceKeys.all(chainId)` after any service transaction. */
export const serviceKeys = {
  all: (chainId: number) => ["services", chainId] as const,
  labelIssuers: (chainId: number) => ["services", chainId, "label-issuers"] as const,
  allLabels: (chainId: number) => ["services", chainId, "labels"] as const,
  shopBonds: (chainId: number, shopId: bigint) => ["services", chainId, "bonds", shopId.toString()] as const,
  orderWarranty: (chainId: number, orderId: bigint) => ["services", chainId, "warranty", orderId.toString()] as const,
  loyaltyProgram: (chainId: number, shopId: bigint) =>
    ["services", chainId, "loyalty-program", shopId.toString()] as const,
  regulars: (chainId: number, shopId: bigint, thresholds: readonly number[]) =>
    ["services", chainId, "regulars", shopId.toString(), thresholds.join()] as const,
  card: (chainId: number, shopId: bigint, buyer: Address) =>
    ["services", chainId, "card", shopId.toString(), buyer.toLowerCase()] as const,
  stampCards: (chainId: number, buyer: Address) => ["services", chainId, "stamp-cards", buyer.toLowerCase()] as const,
  stampedOrders: (chainId: number, orderIds: readonly bigint[]) =>
    ["services", chainId, "stamped", orderIds.join()] as const,
};

const chainOf = (client: Client) => client.chain.id;
/** Labels, issuers and programs move slowly: read them once a minute at most. */
const SLOW = 60_000;

export const labelIssuersQueryOptions = (client: Client, labels: DeployedContract) =>
  queryOptions({
    queryKey: serviceKeys.labelIssuers(chainOf(client)),
    queryFn: () => getLabelIssuers(client, labels),
    staleTime: SLOW,
  });

/** Every shop's attestations, all issuers: trust is applied by the reader, so changing it never refetches. */
export const allLabelsQueryOptions = (client: Client, labels: DeployedContract) =>
  queryOptions({
    queryKey: serviceKeys.allLabels(chainOf(client)),
    queryFn: () => getAllLabels(client, labels),
    staleTime: SLOW,
  });

export const shopBondsQueryOptions = (client: Client, bonds: DeployedContract, shopId: bigint) =>
  queryOptions({
    queryKey: serviceKeys.shopBonds(chainOf(client), shopId),
    queryFn: () => getShopBonds(client, bonds, { shopId }),
    staleTime: SLOW,
  });

export const orderWarrantyQueryOptions = (client: Client, bonds: DeployedContract, orderId: bigint) =>
  queryOptions({
    queryKey: serviceKeys.orderWarranty(chainOf(client), orderId),
    queryFn: () => getOrderWarranty(client, bonds, { orderId }),
  });

export const loyaltyProgramQueryOptions = (client: Client, loyalty: DeployedContract, shopId: bigint) =>
  queryOptions({
    queryKey: serviceKeys.loyaltyProgram(chainOf(client), shopId),
    // undefined is not a valid query result: a shop without a program reads as null.
    queryFn: async () => (await getLoyaltyProgram(client, loyalty, { shopId })) ?? null,
    staleTime: SLOW,
  });

export const stampCardsQueryOptions = (client: Client, loyalty: DeployedContract, buyer: Address) =>
  queryOptions({
    queryKey: serviceKeys.stampCards(chainOf(client), buyer),
    queryFn: () => getStampCards(client, loyalty, { buyer }),
  });

export const stampedOrdersQueryOptions = (client: Client, loyalty: DeployedContract, orderIds: readonly bigint[]) =>
  queryOptions({
    queryKey: serviceKeys.stampedOrders(chainOf(client), orderIds),
    queryFn: () => getStampedOrders(client, loyalty, { orderIds }),
  });
