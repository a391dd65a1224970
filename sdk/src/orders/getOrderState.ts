import { type Address, zeroAddress } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { type OrderStatus, orderStatusName } from "./types.ts";

/** A standing offer to settle a dispute: `buyerAmount` of the amount back to the buyer. */
export type SettlementOffer = { proposer: Address; buyerAmount: bigint };

/** What the chain stores about an order now (its terms are in {@link getOrder}). */
export type OrderState = {
  status: OrderStatus;
  /** The current deadline, unix seconds: accept, ship, delivery, return or dispute deadline depending on `status` (0 when none). */
  deadline: number;
  /** Whether the delivery fee was already paid to the carrier. */
  isFeePaid: boolean;
  /** The arbitrator's dispute id (0 without dispute or arbitrator). */
  disputeId: bigint;
  /** The standing settlement offer of a disputed order. */
  settlementOffer?: SettlementOffer;
  /** Whether the buyer reviewed the order. */
  isReviewed: boolean;
};

/** Statuses an order can have after a review (reviews need `Delivered` or `Completed`; disputes may follow). */
const MAY_BE_REVIEWED: ReadonlySet<OrderStatus> = new Set(["Delivered", "Completed", "Disputed", "Resolved"]);

export type GetOrderStateParameters = { orderId: bigint };
export type GetOrderStateReturnType = OrderState;

/**
 * An order's current status (named), deadline and flags, with its standing settlement offer and whether it was
 * reviewed — what {@link getOrderAbilities} needs. An unknown id has status `None`.
 * @example const state = await getOrderState(publicClient, deployment, { orderId }) // { status: "Accepted", deadline: 1767225600, … }
 */
export async function getOrderState(
  client: MarketReadClient,
  deployment: Deployment,
  { orderId }: GetOrderStateParameters,
): Promise<GetOrderStateReturnType> {
  const { escrow, reviews } = marketContracts(deployment);
  const [statusValue, deadline, isFeePaid, disputeId] = await readMarketContract(client, {
    ...escrow,
    functionName: "orderState",
    args: [orderId],
  });
  const status = orderStatusName(statusValue);
  const [offer, review] = await Promise.all([
    status === "Disputed"
      ? readMarketContract(client, { ...escrow, functionName: "settlementOffer", args: [orderId] })
      : undefined,
    MAY_BE_REVIEWED.has(status)
      ? readMarketContract(client, { ...reviews, functionName: "reviewOf", args: [orderId] })
      : undefined,
  ]);
  const state: OrderState = {
    status,
    deadline,
    isFeePaid,
    disputeId,
    isReviewed: review !== undefined && review[1] !== 0,
  };
  if (offer !== undefined && offer[0] !== zeroAddress)
    state.settlementOffer = { proposer: offer[0], buyerAmount: offer[1] };
  return state;
}
