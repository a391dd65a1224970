import { type Address, zeroAddress } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { type OrderStatus, orderStatusName } from "./types.ts";

/** A standing offer to settle a dispute: `buyerAmount` of the amount back to the buyer. */
export type SettlementOffer = { proposer: Address; buyerAmount: bigint };

/**
 * What the chain holds about an order now and what happened to it (its terms are in {@link getOrder}). Times are unix
 * seconds, 0 when the fact never happened.
 */
export type OrderState = {
  status: OrderStatus;
  /** The current deadline: accept, ship, delivery, return or dispute deadline depending on `status` (0 once ended). */
  deadline: number;
  paidAt: number;
  /** When the goods left the shop (carrier pickup or own delivery); 0 for a hand-over at the counter. */
  shippedAt: number;
  /** When delivery was proven: the buyer's code presented, or the buyer confirmed receipt. */
  deliveredAt: number;
  /** When the order ended: completed, resolved, cancelled, declined or expired. */
  closedAt: number;
  /** Whether the shop accepted the order (true in every later status). */
  isShopAccepted: boolean;
  /** Whether the delivery fee is settled (paid to the carrier or returned to the buyer). */
  isFeePaid: boolean;
  /** Whether the shop's payout received a share (completed, or resolved with a share to the shop). */
  isShopPaid: boolean;
  /** Whether the order's arbitrator holds a dispute for it, {@link OrderState.disputeId}. */
  isArbitrated: boolean;
  /** Whether delivery was proven with the buyer's code (false when the buyer confirmed receipt). */
  isDeliveredWithCode: boolean;
  /** The arbitrator's dispute id (meaningful only when `isArbitrated`). */
  disputeId: bigint;
  /** The standing settlement offer of a disputed order. */
  settlementOffer?: SettlementOffer;
  /** Whether the buyer reviewed the order. */
  isReviewed: boolean;
};

/** Statuses an order can have after a review (reviews need `Completed`, or `Resolved` with the shop paid after delivery). */
const MAY_BE_REVIEWED: ReadonlySet<OrderStatus> = new Set(["Completed", "Resolved"]);

export type GetOrderStateParameters = { orderId: bigint };
export type GetOrderStateReturnType = OrderState;

/**
 * An order's current status (named), deadline, dated facts and flags (the escrow's `orderFacts`), with its standing
 * settlement offer and whether it was reviewed — what {@link getOrderAbilities} needs. An unknown id has status `None`.
 * @example const state = await getOrderState(publicClient, deployment, { orderId }) // { status: "Accepted", deadline: 1767225600, … }
 */
export async function getOrderState(
  client: MarketReadClient,
  deployment: Deployment,
  { orderId }: GetOrderStateParameters,
): Promise<GetOrderStateReturnType> {
  const { escrow, reviews } = marketContracts(deployment);
  const facts = await readMarketContract(client, { ...escrow, functionName: "orderFacts", args: [orderId] });
  const status = orderStatusName(facts.status);
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
    deadline: facts.deadline,
    paidAt: facts.paidAt,
    shippedAt: facts.shippedAt,
    deliveredAt: facts.deliveredAt,
    closedAt: facts.closedAt,
    isShopAccepted: facts.isShopAccepted,
    isFeePaid: facts.isFeePaid,
    isShopPaid: facts.isShopPaid,
    isArbitrated: facts.isArbitrated,
    isDeliveredWithCode: facts.isDeliveredWithCode,
    disputeId: facts.disputeId,
    isReviewed: review !== undefined && review[1] !== 0,
  };
  if (offer !== undefined && offer[0] !== zeroAddress)
    state.settlementOffer = { proposer: offer[0], buyerAmount: offer[1] };
  return state;
}
