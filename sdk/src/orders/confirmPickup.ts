import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ConfirmPickupParameters = { terms: OrderTerms };
export type ConfirmPickupReturnType = WriteResult;

/**
 * The order's carrier confirms it picked the goods up, before the ship deadline; the delivery window starts and the
 * carrier has earned its fee. Couriers without gas sign the checkpoint instead ({@link signCheckpoint}).
 * @example await confirmPickup(courierWallet, deployment, { terms })
 */
export async function confirmPickup(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ConfirmPickupParameters,
): Promise<ConfirmPickupReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "confirmPickup",
    args: [terms],
  });
}
