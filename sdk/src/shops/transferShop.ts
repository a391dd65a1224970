import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type TransferShopParameters = {
  shopId: bigint;
  to: Address;
  /** The current owner; defaults to the caller (pass it when an approved operator transfers). */
  from?: Address;
};
export type TransferShopReturnType = WriteResult;

/**
 * Transfers a shop (its ERC-721 token) like selling the business, with `safeTransferFrom`: a contract recipient
 * must accept ERC-721 tokens. The payout does not change: the new owner updates it with {@link updatePayout}.
 * @example await transferShop(merchantWallet, deployment, { shopId, to: buyerOfTheBusiness })
 */
export async function transferShop(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, to, from }: TransferShopParameters,
): Promise<TransferShopReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "safeTransferFrom",
    args: [from ?? client.account.address, to, shopId],
  });
}
