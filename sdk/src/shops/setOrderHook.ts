import { type Address, zeroAddress } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type SetOrderHookParameters = {
  shopId: bigint;
  /** The hook contract (`IOrderHook`: one service, or a `ServiceHooks` that tells several), or `null` to remove it. */
  hook: Address | null;
};
export type SetOrderHookReturnType = WriteResult;

/**
 * Sets the contract the escrow tells when the shop's future orders are delivered, complete or end a dispute
 * (`IOrderHook`), or removes it. Orders already paid keep the hook they were paid with.
 * @example await setOrderHook(merchantWallet, deployment, { shopId, hook: loyaltyStamps })
 */
export async function setOrderHook(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, hook }: SetOrderHookParameters,
): Promise<SetOrderHookReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "setOrderHook",
    args: [shopId, hook ?? zeroAddress],
  });
}
