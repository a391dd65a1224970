import { parseEventLogs } from "viem";
import { MissingEventError } from "../chain/errors.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { escrowAbi, mediatorArbitratorAbi } from "../generated/abis.ts";
import type { OrderTerms } from "./types.ts";

export type RequestArbitrationParameters = { terms: OrderTerms };
export type RequestArbitrationReturnType = WriteResult & {
  disputeId: bigint;
  /** The dispute deadline, restarted from now (unix seconds). */
  disputeDeadline: number;
  arbitrationCost: bigint;
};

/**
 * Anyone brings the order's arbitrator into a dispute that opened without it (it did not answer then), paying its
 * `arbitrationCost`, read on-chain; the dispute deadline restarts. Throws `ArbitrationFailed` if it still does not
 * answer usably, `ArbitrationUnavailable` when the order has no arbitrator or it already holds the dispute.
 * @example const { disputeId } = await requestArbitration(buyerWallet, deployment, { terms })
 */
export async function requestArbitration(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: RequestArbitrationParameters,
): Promise<RequestArbitrationReturnType> {
  const arbitrationCost = await readMarketContract(client, {
    address: terms.arbitrator,
    abi: mediatorArbitratorAbi,
    functionName: "arbitrationCost",
    args: ["0x"],
  });
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "requestArbitration",
    args: [terms],
    value: arbitrationCost,
  });
  const [requested] = parseEventLogs({ abi: escrowAbi, eventName: "ArbitrationRequested", logs: result.receipt.logs });
  if (requested === undefined) throw new MissingEventError("ArbitrationRequested", result.hash);
  return {
    ...result,
    disputeId: requested.args.disputeId,
    disputeDeadline: requested.args.disputeDeadline,
    arbitrationCost,
  };
}
