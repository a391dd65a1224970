import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type InvalidateNonceParameters = { nonce: bigint };
export type InvalidateNonceReturnType = WriteResult;

/**
 * The carrier revokes the nonce of a checkpoint it signed but that was not relayed yet (e.g. a lost phone), so the
 * signature can never be used.
 * @example await invalidateNonce(courierWallet, deployment, { nonce: signed.attestation.nonce })
 */
export async function invalidateNonce(
  client: MarketWalletClient,
  deployment: Deployment,
  { nonce }: InvalidateNonceParameters,
): Promise<InvalidateNonceReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "invalidateNonce",
    args: [nonce],
  });
}
