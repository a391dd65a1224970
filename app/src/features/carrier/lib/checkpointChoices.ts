import { getOrderAbilities, type OrderAbilityState, type OrderTerms, type RecordableCheckpoint } from "@grandrue/sdk";
import { type Address, isAddressEqual, zeroAddress } from "viem";

/** Checkpoints recorded on the road, once the parcel is picked up and until it is delivered. */
const ON_THE_ROAD: RecordableCheckpoint[] = ["InTransit", "OutForDelivery", "FailedAttempt", "Returned"];

/** What the courier may record now: the checkpoint buttons, and whether the customer's code can be taken. */
export type CheckpointChoices = { checkpoints: RecordableCheckpoint[]; canDeliver: boolean };

/**
 * The checkpoints the order's carrier can record now, by the escrow's rules: picked up while the order is accepted
 * and its pickup deadline open; on the road (in transit, out for delivery, failed attempt, returned) and delivered
 * with the customer's code once it is picked up. Anyone else, and any other status, gets nothing.
 * @example checkpointChoices({ status: "Shipped", deadline, isFeePaid: false }, terms, courier, now) // { checkpoints: ["InTransit", …], canDeliver: true }
 */
export function checkpointChoices(
  state: OrderAbilityState,
  terms: OrderTerms,
  account: Address | undefined,
  now: number,
): CheckpointChoices {
  const isCarrier = account !== undefined && terms.carrier !== zeroAddress && isAddressEqual(account, terms.carrier);
  if (!isCarrier) return { checkpoints: [], canDeliver: false };
  const abilities = getOrderAbilities(state, terms, { account, isShopManager: false, now });
  if (abilities.canConfirmPickup) return { checkpoints: ["PickedUp"], canDeliver: false };
  if (state.status === "Shipped") return { checkpoints: ON_THE_ROAD, canDeliver: abilities.canConfirmDelivery };
  return { checkpoints: [], canDeliver: false };
}
