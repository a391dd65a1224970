import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { punctualityContract, type ServiceDeployment } from "../serviceContracts.ts";

/** A carrier's pool in one token: what it holds and what it promises per late order now. */
export type PunctualityPool = {
  balance: bigint;
  /** Compensation per late order paid from now on (0: no promise). */
  compensation: bigint;
  /** When the promise was last withdrawn (0 while one stands): the pool may leave a fixed delay after. */
  promiseEndedAt: number;
};

export type GetPunctualityPoolParameters = { carrier: Address; token: Address };

/**
 * A carrier's punctuality pool in `token`, for a shopper choosing a carrier ("on time, or 2 € back") or the carrier's
 * own screen.
 * @example const { compensation } = await getPunctualityPool(publicClient, pool, { carrier, token: leman })
 */
export async function getPunctualityPool(
  client: MarketReadClient,
  pool: ServiceDeployment,
  { carrier, token }: GetPunctualityPoolParameters,
): Promise<PunctualityPool> {
  const record = await readMarketContract(client, {
    ...punctualityContract(pool),
    functionName: "poolOf",
    args: [carrier, token],
  });
  return { balance: record.balance, compensation: record.compensation, promiseEndedAt: record.promiseEndedAt };
}
