import { type Address, parseEventLogs } from "viem";
import { MissingEventError } from "../../chain/errors.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { guaranteeBondsAbi } from "../abis.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type WithdrawBondParameters = {
  shopId: bigint;
  token: Address /** Who receives the collateral. */;
  to: Address;
};
export type WithdrawBondReturnType = WriteResult & {
  /** What left the bond (announced, capped at the free part). */ amount: bigint;
};

/**
 * A shop manager makes the withdrawal it announced, once the notice has run and within the window.
 * @example const { amount } = await withdrawBond(merchantWallet, bonds, { shopId, token: NATIVE_TOKEN, to: payout })
 */
export async function withdrawBond(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { shopId, token, to }: WithdrawBondParameters,
): Promise<WithdrawBondReturnType> {
  const result = await writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "withdraw",
    args: [shopId, token, to],
  });
  const [withdrawn] = parseEventLogs({ abi: guaranteeBondsAbi, eventName: "BondWithdrawn", logs: result.receipt.logs });
  if (withdrawn === undefined) throw new MissingEventError("BondWithdrawn", result.hash);
  return { ...result, amount: withdrawn.args.amount };
}
