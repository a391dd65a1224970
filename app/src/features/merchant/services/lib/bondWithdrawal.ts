import type { ShopBond } from "@grandrue/sdk";

/** The bonds contract's `WITHDRAWAL_NOTICE`: an announced withdrawal waits this long. */
export const WITHDRAWAL_NOTICE_SECONDS = 14 * 86_400;
/** The bonds contract's `WITHDRAWAL_WINDOW`: after the notice, the withdrawal may happen for this long. */
export const WITHDRAWAL_WINDOW_SECONDS = 7 * 86_400;

/** Where an announced withdrawal stands at `now`: none, in its notice, open to withdraw, or missed (announce again). */
export type WithdrawalState =
  | { kind: "none" }
  | { kind: "notice" | "open" | "missed"; amount: bigint; withdrawableAt: number; closesAt: number };

/**
 * Mirrors the contract's `withdraw` guards: from `withdrawableAt` to `withdrawableAt + WITHDRAWAL_WINDOW` included.
 * @example withdrawalState(bond, now).kind // "notice"
 */
export function withdrawalState(
  bond: Pick<ShopBond, "announcedAmount" | "withdrawableAt">,
  now: number,
): WithdrawalState {
  if (bond.withdrawableAt === undefined || bond.announcedAmount === 0n) return { kind: "none" };
  const closesAt = bond.withdrawableAt + WITHDRAWAL_WINDOW_SECONDS;
  const kind = now < bond.withdrawableAt ? "notice" : now <= closesAt ? "open" : "missed";
  return { kind, amount: bond.announcedAmount, withdrawableAt: bond.withdrawableAt, closesAt };
}
