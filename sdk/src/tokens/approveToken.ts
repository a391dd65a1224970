import { type Address, erc20Abi } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";

export type ApproveTokenParameters = {
  token: Address;
  /** The allowance to set, in token base units. */
  amount: bigint;
  /** Who may spend it; defaults to the escrow. */
  spender?: Address;
};
export type ApproveTokenReturnType = WriteResult;

/**
 * Lets the escrow (or `spender`) pull `amount` of an ERC-20 token from the caller, for a {@link checkout} paid in
 * that token. Tokens with EIP-2612 permits need no approve transaction: use {@link checkoutWithPermit}.
 * @example await approveToken(buyerWallet, deployment, { token: leman, amount: parseEther("25") })
 */
export async function approveToken(
  client: MarketWalletClient,
  deployment: Deployment,
  { token, amount, spender }: ApproveTokenParameters,
): Promise<ApproveTokenReturnType> {
  return writeMarketContract(client, {
    address: token,
    abi: erc20Abi,
    functionName: "approve",
    args: [spender ?? deployment.contracts.Escrow.address, amount],
  });
}
