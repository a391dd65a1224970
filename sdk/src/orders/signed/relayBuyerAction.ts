import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { marketContracts } from "../../contracts.ts";
import type { Deployment } from "../../deployment.ts";
import { buyerActionValue } from "./escrowTypedData.ts";
import type { SignedBuyerAction } from "./signBuyerIntent.ts";
import { allowancePull, type TokenPull } from "./tokenPull.ts";

export type RelayBuyerActionParameters = SignedBuyerAction & {
  /** The submitter's fee in the order's token, at most the signed `maxFee`; 0 (the default) sponsors the buyer. */
  fee?: bigint;
  /** How the fee is pulled from the buyer (its allowance by default; an ERC-3009 authorization must equal `fee`). */
  feePull?: TokenPull;
  /** For `OpenDispute` on an order with a paid arbitrator: its arbitration cost, which the submitter pays. */
  value?: bigint;
};
export type RelayBuyerActionReturnType = WriteResult;

/**
 * Anyone submits a buyer's signed action on an order (`relayBuyerAction`): same checks and effects as the buyer's own
 * call, events naming the buyer. To open a dispute with a paid arbitrator, the submitter sends its cost as `value`
 * and recovers it through the fee the buyer signed for.
 * @example await relayBuyerAction(relayerWallet, deployment, { ...signedRelease, fee: 20_000n, feePull })
 */
export async function relayBuyerAction(
  client: MarketWalletClient,
  deployment: Deployment,
  { action, terms, buyerAmount, authorization, fee = 0n, feePull = allowancePull, value }: RelayBuyerActionParameters,
): Promise<RelayBuyerActionReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "relayBuyerAction",
    args: [buyerActionValue(action), terms, buyerAmount, authorization, fee, feePull],
    value,
  });
}
