import { type Address, isAddressEqual, zeroAddress } from "viem";
import type { SettlementOffer } from "./getOrderState.ts";
import type { OrderStatus, OrderTerms } from "./types.ts";

/** The part of an order's state the rules read (what {@link getOrderState} returns). */
export type OrderAbilityState = {
  status: OrderStatus;
  /** The current deadline, unix seconds. */
  deadline: number;
  isFeePaid: boolean;
  /** Whether the shop accepted the order at some point (reviews need it). */
  isShopAccepted: boolean;
  /** Whether the shop's payout received a share (a resolved order is reviewable only then). */
  isShopPaid: boolean;
  /** When delivery was proven, 0 when never (a resolved order is reviewable only after delivery). */
  deliveredAt: number;
  /** Whether the order's arbitrator holds its dispute (otherwise it may be brought in while the dispute runs). */
  isArbitrated: boolean;
  /** The standing settlement offer; without it nobody can accept a settlement. */
  settlementOffer?: SettlementOffer;
  /** Whether the order was reviewed already. */
  isReviewed?: boolean;
};

/** Who is looking, and when. */
export type OrderViewer = {
  /** The connected account, or `undefined` when none (only the "anyone" actions remain). */
  account: Address | undefined;
  /** Whether the account manages the order's shop now (owner or approved operator): accept, ship, hand over. */
  isShopManager: boolean;
  /**
   * Whether the account speaks for the order's money: the shop's owner when the order was paid, or its operator while
   * it still owns the shop (`isOrderManager` in the registry). Settlements need it. Defaults to `isShopManager`, which
   * is the same as long as the shop never changed hands.
   */
  isOrderOwner?: boolean;
  /** The time the transaction would run at, unix seconds (the latest block's timestamp is a safe choice). */
  now: number;
};

/** What the viewer may do with the order now; each flag mirrors the contract guard of the action of that name. */
export type OrderAbilities = {
  canCancel: boolean;
  canAccept: boolean;
  canDecline: boolean;
  canMarkShipped: boolean;
  canConfirmPickup: boolean;
  canConfirmDelivery: boolean;
  canConfirmReceipt: boolean;
  canRelease: boolean;
  canComplete: boolean;
  canExpire: boolean;
  canDispute: boolean;
  canProposeSettlement: boolean;
  canAcceptSettlement: boolean;
  canRequestArbitration: boolean;
  canResolveTimedOut: boolean;
  canReview: boolean;
};

const HOUR = 3600;

function isSame(account: Address | undefined, other: Address): boolean {
  return account !== undefined && other !== zeroAddress && isAddressEqual(account, other);
}

/**
 * The actions the viewer may take on an order now, by the same rules the escrow (and the reviews contract) enforce,
 * so the app and the CLI only offer what would succeed. Deadlines are inclusive: an action "until the deadline" is
 * possible while `now <= deadline`, one "after the deadline" once `now > deadline`.
 * @example
 * const state = await getOrderState(client, deployment, { orderId })
 * const { canAccept, canDecline } = getOrderAbilities(state, terms, { account, isShopManager, now })
 */
export function getOrderAbilities(state: OrderAbilityState, terms: OrderTerms, viewer: OrderViewer): OrderAbilities {
  const { status, deadline } = state;
  const { now, isShopManager, isOrderOwner = isShopManager } = viewer;
  const isBuyer = isSame(viewer.account, terms.buyer);
  const hasCarrier = terms.carrier !== zeroAddress;
  const isCarrier = isSame(viewer.account, terms.carrier);
  const isOpen = now <= deadline;
  const isPast = now > deadline;
  const returnWindowEnd = deadline + terms.returnHours * HOUR;
  // Without a carrier the shop may hand the goods over from `Accepted`; with one they must be picked up first.
  const isDeliverable = status === "Shipped" || (status === "Accepted" && !hasCarrier);
  const isParty = isBuyer || isOrderOwner;
  const offer = state.settlementOffer;
  const isOfferByOtherSide =
    offer !== undefined && offer.proposer !== zeroAddress && isSame(offer.proposer, terms.buyer) !== isBuyer;

  return {
    canCancel: status === "Paid" && isBuyer,
    canAccept: status === "Paid" && isShopManager && isOpen,
    canDecline: status === "Paid" && isShopManager,
    canMarkShipped: status === "Accepted" && !hasCarrier && isShopManager && isOpen,
    canConfirmPickup: status === "Accepted" && isCarrier && isOpen,
    canConfirmDelivery: isDeliverable && (hasCarrier ? isCarrier : isShopManager),
    canConfirmReceipt: isDeliverable && isBuyer,
    canRelease:
      (status === "Paid" || status === "Accepted" || status === "Shipped" || status === "Delivered") && isBuyer,
    canComplete: (status === "Delivered" && isPast) || (status === "Shipped" && now > returnWindowEnd),
    canExpire: (status === "Paid" || status === "Accepted") && isPast,
    canDispute:
      (status === "Delivered" && isBuyer && isOpen) ||
      (status === "Shipped" && (isBuyer || isShopManager) && isPast && now <= returnWindowEnd),
    canProposeSettlement: status === "Disputed" && isParty,
    canAcceptSettlement: status === "Disputed" && isParty && isOfferByOtherSide,
    canRequestArbitration: status === "Disputed" && terms.arbitrator !== zeroAddress && !state.isArbitrated && isOpen,
    canResolveTimedOut: status === "Disputed" && isPast,
    canReview: isBuyer && state.isReviewed !== true && isReviewable(state),
  };
}

/** A purchase that ended with the shop paid, which the shop had accepted: what the reviews contract accepts. */
function isReviewable(state: OrderAbilityState): boolean {
  if (!state.isShopAccepted) return false;
  if (state.status === "Completed") return true;
  return state.status === "Resolved" && state.isShopPaid && state.deliveredAt !== 0;
}
