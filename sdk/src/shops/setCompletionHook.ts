import { type Address, zeroAddress } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type SetCompletionHookParameters = {
  shopId: bigint /** The hook contract, or `null` to remove it. */;
  hook: Address | null;
};
export type SetCompletionHookReturnType = WriteResult;

/**
 * Sets the contract the escrow calls when the shop's future orders complete (`IOrderCompletionHook`), or removes it.
 * @example await setCompletionHook(merchantWallet, deployment, { shopId, hook: loyaltyStamps })
 */
export async function setCompletionHook(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, hook }: SetCompletionHookParameters,
): Promise<SetCompletionHookReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "setCompletionHook",
    args: [shopId, hook ?? zeroAddress],
  });
}
