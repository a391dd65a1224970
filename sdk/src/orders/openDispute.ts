import { parseEventLogs, zeroAddress } from "viem";
import { MissingEventError } from "../chain/errors.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { escrowAbi, mediatorArbitratorAbi } from "../generated/abis.ts";
import type { OrderTerms } from "./types.ts";

export type OpenDisputeParameters = { terms: OrderTerms };
export type OpenDisputeReturnType = WriteResult & {
  /** The arbitrator's dispute id (0 for an order without arbitrator). */
  disputeId: bigint;
  /** Without settlement or ruling by then (unix seconds), anyone may split the amount evenly. */
  disputeDeadline: number;
  /** What the arbitrator charged (its `arbitrationCost`), paid with the transaction. */
  arbitrationCost: bigint;
};

/**
 * Opens a dispute: the buyer within the return window after delivery, or the buyer or the shop after a missed
 * delivery deadline. With an arbitrator, its `arbitrationCost` is read on-chain and paid with the transaction.
 * @example const { disputeId } = await openDispute(buyerWallet, deployment, { terms })
 */
export async function openDispute(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: OpenDisputeParameters,
): Promise<OpenDisputeReturnType> {
  const arbitrationCost =
    terms.arbitrator === zeroAddress
      ? 0n
      : await readMarketContract(client, {
          address: terms.arbitrator,
          abi: mediatorArbitratorAbi,
          functionName: "arbitrationCost",
          args: ["0x"],
        });
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "openDispute",
    args: [terms],
    value: arbitrationCost,
  });
  const [opened] = parseEventLogs({ abi: escrowAbi, eventName: "DisputeOpened", logs: result.receipt.logs });
  if (opened === undefined) throw new MissingEventError("DisputeOpened", result.hash);
  return { ...result, disputeId: opened.args.disputeId, disputeDeadline: opened.args.disputeDeadline, arbitrationCost };
}
