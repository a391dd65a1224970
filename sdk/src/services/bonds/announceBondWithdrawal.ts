import { type Address, parseEventLogs } from "viem";
import { MissingEventError } from "../../chain/errors.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { guaranteeBondsAbi } from "../abis.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type AnnounceBondWithdrawalParameters = {
  shopId: bigint;
  token: Address;
  /** Most the shop will withdraw (capped then at the collateral not locked by claims); 0n cancels. */
  amount: bigint;
};
export type AnnounceBondWithdrawalReturnType = WriteResult & {
  /** First second the withdrawal may happen (unix seconds), 0 when cancelled; it stays possible for the window. */
  withdrawableAt: number;
};

/**
 * A shop manager announces a withdrawal from its bond: buyers see it coming (the notice period) and can file their
 * claims first, whose amounts stay locked. Replaces any previous announcement.
 * @example const { withdrawableAt } = await announceBondWithdrawal(merchantWallet, bonds, { shopId, token, amount })
 */
export async function announceBondWithdrawal(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { shopId, token, amount }: AnnounceBondWithdrawalParameters,
): Promise<AnnounceBondWithdrawalReturnType> {
  const result = await writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "announceWithdrawal",
    args: [shopId, token, amount],
  });
  const [announced] = parseEventLogs({
    abi: guaranteeBondsAbi,
    eventName: "WithdrawalAnnounced",
    logs: result.receipt.logs,
  });
  if (announced === undefined) throw new MissingEventError("WithdrawalAnnounced", result.hash);
  return { ...result, withdrawableAt: announced.args.withdrawableAt };
}
