import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type SetWarrantyPeriodParameters = {
  shopId: bigint;
  /** The bond's token (`NATIVE_TOKEN` for ETH): a bond covers only orders paid in its token. */
  token: Address;
  /** Warranty given to each order registered from now on, in seconds (0 stops new coverage). */
  periodSeconds: number;
};
export type SetWarrantyPeriodReturnType = WriteResult;

/**
 * A shop manager publishes the warranty its bond in `token` gives to orders registered from now on.
 * @example await setWarrantyPeriod(merchantWallet, bonds, { shopId, token: NATIVE_TOKEN, periodSeconds: 2 * 365 * 86_400 })
 */
export async function setWarrantyPeriod(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { shopId, token, periodSeconds }: SetWarrantyPeriodParameters,
): Promise<SetWarrantyPeriodReturnType> {
  return writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "setWarrantyPeriod",
    args: [shopId, token, periodSeconds],
  });
}
