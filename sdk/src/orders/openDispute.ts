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
  /** Whether the order's arbitrator took the dispute (false without arbitrator, or when it did not answer). */
  isArbitrated: boolean;
  /** The arbitrator's dispute id (0 when not arbitrated). */
  disputeId: bigint;
  /** Without settlement or an in-time ruling by then (unix seconds), anyone may end it and the facts decide. */
  disputeDeadline: number;
  /** What the arbitrator charged (its `arbitrationCost`), paid with the transaction; 0 when it could not be read. */
  arbitrationCost: bigint;
};

/**
 * Opens a dispute: the buyer within the return window after delivery, or the buyer or the shop after a missed
 * delivery deadline. With an arbitrator, its `arbitrationCost` is read on-chain and paid with the transaction. Opening
 * never depends on the arbitrator: if it cannot even say its cost, the dispute opens without it (nothing paid), and
 * anyone may bring it in later with {@link requestArbitration}.
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
        }).catch(() => 0n);
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "openDispute",
    args: [terms],
    value: arbitrationCost,
  });
  const [opened] = parseEventLogs({ abi: escrowAbi, eventName: "DisputeOpened", logs: result.receipt.logs });
  if (opened === undefined) throw new MissingEventError("DisputeOpened", result.hash);
  const { isArbitrated, disputeId, disputeDeadline } = opened.args;
  return { ...result, isArbitrated, disputeId, disputeDeadline, arbitrationCost };
}
