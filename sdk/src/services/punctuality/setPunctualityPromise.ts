import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { punctualityContract, type ServiceDeployment } from "../serviceContracts.ts";

export type SetPunctualityPromiseParameters = {
  token: Address;
  /** What each late order gets back, in token base units; 0 withdraws the promise (the pool can leave after a delay). */
  compensation: bigint;
};

/**
 * A carrier promises "on time, or `compensation` back" for orders paid in `token` from now on; each order keeps the
 * promise in force when it was paid.
 * @example await setPunctualityPromise(carrierWallet, pool, { token: leman, compensation: parseEther("2") })
 */
export async function setPunctualityPromise(
  client: MarketWalletClient,
  pool: ServiceDeployment,
  { token, compensation }: SetPunctualityPromiseParameters,
): Promise<WriteResult> {
  return writeMarketContract(client, {
    ...punctualityContract(pool),
    functionName: "setPromise",
    args: [token, compensation],
  });
}
