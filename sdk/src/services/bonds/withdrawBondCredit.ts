import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type WithdrawBondCreditParameters = {
  token: Address /** Where to send it (any address the caller chooses). */;
  to: Address;
};
export type WithdrawBondCreditReturnType = WriteResult;

/**
 * Withdraws a claim payout the bonds contract could not push to the caller (a wallet refusing ETH, a blocklisted
 * token holder) to another address.
 * @example await withdrawBondCredit(buyerWallet, bonds, { token: NATIVE_TOKEN, to: otherAddress })
 */
export async function withdrawBondCredit(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { token, to }: WithdrawBondCreditParameters,
): Promise<WithdrawBondCreditReturnType> {
  return writeMarketContract(client, { ...bondsContract(bonds), functionName: "withdrawCredit", args: [token, to] });
}
