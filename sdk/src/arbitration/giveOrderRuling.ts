import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";
import { mediatorArbitratorAbi } from "../generated/abis.ts";
import type { OrderTerms } from "../orders/types.ts";
import { type EscrowRuling, rulingValue } from "./rulings.ts";

export type GiveOrderRulingParameters = {
  /** The dispute id the order recorded (`getOrderState(...).disputeId`). */
  disputeId: bigint;
  terms: OrderTerms;
  ruling: EscrowRuling;
  /** The mediator arbitrator contract; defaults to the order's arbitrator. */
  arbitrator?: Address;
};
export type GiveOrderRulingReturnType = WriteResult;

/**
 * The mediator rules on an order's dispute and the escrow pays the split out in the same transaction
 * (`giveOrderRuling`): `RefundBuyer`, `PayShop` (and the carrier its unpaid fee) or `Refused` (even split).
 * @example await giveOrderRuling(mediatorWallet, deployment, { disputeId, terms, ruling: "RefundBuyer" })
 */
export async function giveOrderRuling(
  client: MarketWalletClient,
  _deployment: Deployment,
  { disputeId, terms, ruling, arbitrator }: GiveOrderRulingParameters,
): Promise<GiveOrderRulingReturnType> {
  return writeMarketContract(client, {
    address: arbitrator ?? terms.arbitrator,
    abi: mediatorArbitratorAbi,
    functionName: "giveOrderRuling",
    args: [disputeId, terms, rulingValue(ruling)],
  });
}
