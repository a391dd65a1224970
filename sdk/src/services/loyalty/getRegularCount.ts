import type { MarketReadClient } from "../../chain/client.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { regularCountFunction } from "../../generated/abiItems/loyaltyStamps.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";

export type GetRegularCountParameters = {
  shopId: bigint /** Lifetime stamps a buyer needs to count as a regular. */;
  minStamps: number;
};
export type GetRegularCountReturnType = number;

/**
 * How many buyers earned at least `minStamps` stamps at the shop, ever: a number, nothing about who they are.
 * @example const regulars = await getRegularCount(publicClient, loyalty, { shopId, minStamps: 10 })
 */
export async function getRegularCount(
  client: MarketReadClient,
  loyalty: ServiceDeployment,
  { shopId, minStamps }: GetRegularCountParameters,
): Promise<GetRegularCountReturnType> {
  return Number(
    await readMarketContract(client, {
      address: loyalty.address,
      abi: [regularCountFunction],
      functionName: "regularCount",
      args: [shopId, minStamps],
    }),
  );
}
