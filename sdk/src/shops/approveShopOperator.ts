import { type Address, zeroAddress } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type ApproveShopOperatorParameters = {
  operator: Address;
  /** `false` revokes. Defaults to `true`. */
  isApproved?: boolean;
  /**
   * Limit the approval to one shop (ERC-721 `approve`, cleared when the shop is transferred). Without it the
   * operator manages every shop the caller owns, now and later (`setApprovalForAll`).
   */
  shopId?: bigint;
};
export type ApproveShopOperatorReturnType = WriteResult;

/**
 * Lets another account (an employee, a cooperative's multisig) manage the caller's shops: catalog, terms,
 * acceptance, accepting and shipping orders, replying to reviews. ERC-721 rules apply: an approved account may
 * also transfer the shop, so approve only accounts you trust with the business.
 * @example await approveShopOperator(merchantWallet, deployment, { operator: employee, shopId })
 */
export async function approveShopOperator(
  client: MarketWalletClient,
  deployment: Deployment,
  { operator, isApproved = true, shopId }: ApproveShopOperatorParameters,
): Promise<ApproveShopOperatorReturnType> {
  const { registry } = marketContracts(deployment);
  if (shopId === undefined) {
    return writeMarketContract(client, {
      ...registry,
      functionName: "setApprovalForAll",
      args: [operator, isApproved],
    });
  }
  return writeMarketContract(client, {
    ...registry,
    functionName: "approve",
    args: [isApproved ? operator : zeroAddress, shopId],
  });
}
