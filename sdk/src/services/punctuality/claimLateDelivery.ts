import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import type { OrderTerms } from "../../orders/types.ts";
import { punctualityContract, type ServiceDeployment } from "../serviceContracts.ts";

export type ClaimLateDeliveryParameters = { orderId: bigint; terms: OrderTerms };

/**
 * Anyone claims the carrier's promised compensation for an order delivered with the buyer's code after its delivery
 * deadline (`shippedAt + deliveryHours`), within 30 days of the delivery; the buyer is paid. Throws `NotLate`,
 * `ClaimWindowClosed`, `AlreadyCompensated`, `NoPromise` or `EmptyPool` when there is nothing to pay.
 * @example await claimLateDelivery(anyWallet, pool, { orderId, terms })
 */
export async function claimLateDelivery(
  client: MarketWalletClient,
  pool: ServiceDeployment,
  { orderId, terms }: ClaimLateDeliveryParameters,
): Promise<WriteResult> {
  return writeMarketContract(client, {
    ...punctualityContract(pool),
    functionName: "claim",
    args: [orderId, terms],
  });
}
