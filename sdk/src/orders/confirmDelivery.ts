import type { Hex } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ConfirmDeliveryParameters = {
  terms: OrderTerms;
  /** The buyer's delivery proof (`toDeliveryProof` of the delivery code), whose hash is the order's `codeHash`. */
  deliveryProof: Hex;
};
export type ConfirmDeliveryReturnType = WriteResult;

/**
 * Proves delivery with the buyer's code: sent by the order's carrier at the door, or by the shop (at the counter or
 * on its own round) when the order has no carrier. The carrier is paid its fee and the return window starts.
 * Throws `WrongDeliveryCode` when the code does not match.
 * @example await confirmDelivery(merchantWallet, deployment, { terms, deliveryProof: toDeliveryProof(typedByBuyer) })
 */
export async function confirmDelivery(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, deliveryProof }: ConfirmDeliveryParameters,
): Promise<ConfirmDeliveryReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "confirmDelivery",
    args: [terms, deliveryProof],
  });
}
