import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { ShopAcceptance } from "./types.ts";

export type UpdateAcceptanceParameters = { shopId: bigint; acceptance: ShopAcceptance };
export type UpdateAcceptanceReturnType = WriteResult;

/**
 * Replaces the tokens (with rates), carriers and arbitrators a shop accepts. Orders already paid are unaffected;
 * the shop checks new orders against it before accepting them.
 * @example
 * await updateAcceptance(merchantWallet, deployment, { shopId, acceptance: {
 *   payments: [{ token: leman, rate: 10n ** 18n }], carriers: [courier], isAnyCarrierAccepted: false,
 *   arbitrators: [], isAnyArbitratorAccepted: true } })
 */
export async function updateAcceptance(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, acceptance }: UpdateAcceptanceParameters,
): Promise<UpdateAcceptanceReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "updateAcceptance",
    args: [shopId, acceptance],
  });
}
