import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { cardOfFunction } from "../../generated/abiItems/loyaltyStamps.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";

export type GetCardBalanceParameters = { shopId: bigint; buyer: Address };
export type GetCardBalanceReturnType = number;

/**
 * The stamps on one buyer's card at a shop, now (what the buyer can redeem).
 * @example const stamps = await getCardBalance(publicClient, loyalty, { shopId, buyer })
 */
export async function getCardBalance(
  client: MarketReadClient,
  loyalty: ServiceDeployment,
  { shopId, buyer }: GetCardBalanceParameters,
): Promise<GetCardBalanceReturnType> {
  const card = await readMarketContract(client, {
    address: loyalty.address,
    abi: [cardOfFunction],
    functionName: "cardOf",
    args: [shopId, buyer],
  });
  return card.balance;
}
