import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { NATIVE_TOKEN } from "./types.ts";

export type PushCreditParameters = {
  /** Whose credit to send: it goes to this account itself, never elsewhere. */
  account: Address;
  /** The credited token; defaults to the native currency. */
  token?: Address;
};
export type PushCreditReturnType = WriteResult;

/**
 * Anyone sends an account's whole credit of a token to that account, with all the gas the caller gives: a payout
 * contract that needs more gas than the escrow's push, and cannot call `withdraw` itself, still collects its money.
 * @example await pushCredit(anyWallet, deployment, { account: payoutContract, token: leman })
 */
export async function pushCredit(
  client: MarketWalletClient,
  deployment: Deployment,
  { account, token = NATIVE_TOKEN }: PushCreditParameters,
): Promise<PushCreditReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "pushCredit",
    args: [account, token],
  });
}
