import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { NATIVE_TOKEN } from "../../orders/types.ts";
import { punctualityContract, type ServiceDeployment } from "../serviceContracts.ts";

export type FundPunctualityPoolParameters = {
  /** `NATIVE_TOKEN` for ETH (sent with the transaction), or an ERC-20 the caller approved the pool for. */
  token: Address;
  amount: bigint;
};

/**
 * A carrier adds to its punctuality pool in `token`: the money late orders are compensated from.
 * @example await fundPunctualityPool(carrierWallet, pool, { token: leman, amount: parseEther("50") })
 */
export async function fundPunctualityPool(
  client: MarketWalletClient,
  pool: ServiceDeployment,
  { token, amount }: FundPunctualityPoolParameters,
): Promise<WriteResult> {
  return writeMarketContract(client, {
    ...punctualityContract(pool),
    functionName: "fund",
    args: [token, amount],
    value: token === NATIVE_TOKEN ? amount : 0n,
  });
}
