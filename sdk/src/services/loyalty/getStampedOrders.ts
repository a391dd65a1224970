import type { MarketReadClient } from "../../chain/client.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { isStampedFunction } from "../../generated/abiItems/loyaltyStamps.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";

export type GetStampedOrdersParameters = { orderIds: readonly bigint[] };
/** The ids among `orderIds` that already earned their stamps. */
export type GetStampedOrdersReturnType = Set<bigint>;

/**
 * Which of these orders already earned stamps (the contract's `isStamped`): a completed order of a shop with a
 * program that is not in the set can still be stamped with `claimStamps`.
 * @example const stamped = await getStampedOrders(publicClient, loyalty, { orderIds: completed.map((o) => o.orderId) })
 */
export async function getStampedOrders(
  client: MarketReadClient,
  loyalty: ServiceDeployment,
  { orderIds }: GetStampedOrdersParameters,
): Promise<GetStampedOrdersReturnType> {
  const contract = { address: loyalty.address, abi: [isStampedFunction] } as const;
  const flags = await Promise.all(
    orderIds.map((orderId) => readMarketContract(client, { ...contract, functionName: "isStamped", args: [orderId] })),
  );
  return new Set(orderIds.filter((_, index) => flags[index]));
}
