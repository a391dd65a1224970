import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ConfirmReceiptParameters = { terms: OrderTerms };
export type ConfirmReceiptReturnType = WriteResult;

/**
 * The buyer confirms receipt without a code (e.g. a parcel left at the door): the carrier is paid and the return
 * window starts, as with {@link confirmDelivery}.
 * @example await confirmReceipt(buyerWallet, deployment, { terms })
 */
export async function confirmReceipt(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ConfirmReceiptParameters,
): Promise<ConfirmReceiptReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "confirmReceipt",
    args: [terms],
  });
}
