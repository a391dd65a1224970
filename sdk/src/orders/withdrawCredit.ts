import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { NATIVE_TOKEN } from "./types.ts";

export type WithdrawCreditParameters = {
  /** The credited token; defaults to the native currency. */
  token?: Address;
  /** Where to send it; defaults to the caller (pass another address when the caller cannot receive it). */
  to?: Address;
};
export type WithdrawCreditReturnType = WriteResult;

/**
 * Withdraws a payment the escrow could not push to the caller (a reverting receiver, a blocklisted holder) and
 * credited instead. See {@link getCredits} for what is credited.
 * @example await withdrawCredit(merchantWallet, deployment, { token: leman, to: newPayout })
 */
export async function withdrawCredit(
  client: MarketWalletClient,
  deployment: Deployment,
  { token = NATIVE_TOKEN, to }: WithdrawCreditParameters = {},
): Promise<WithdrawCreditReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "withdraw",
    args: [token, to ?? client.account.address],
  });
}
