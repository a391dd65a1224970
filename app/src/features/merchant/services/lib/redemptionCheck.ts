import type { RewardRedemption } from "@grandrue/sdk";

/** Why a reward code cannot be used here and now, as keys of `merchant:services.redeem.problems`. */
export type RedemptionProblem = "otherShop" | "expired" | "noProgram" | "wrongStamps" | "notEnoughStamps";

export type RedemptionContext = {
  shopId: bigint;
  /** The chain's time, unix seconds (what the contract compares the deadline with). */
  now: number;
  /** The program's current reward threshold; 0 when the shop has no program. */
  rewardThreshold: number;
  /** Stamps on the buyer's card at this shop. */
  balance: number;
};

/**
 * Checks a decoded reward code before the shop sends it, in the contract's order for what it can know here: the shop,
 * the deadline, the program, the stamps signed for, the stamps held. The signature and nonce are left to the
 * contract, whose error then says why.
 * @example redemptionProblem(redemption, { shopId: 1n, now, rewardThreshold: 10, balance: 4 }) // "notEnoughStamps"
 */
export function redemptionProblem(
  redemption: RewardRedemption,
  context: RedemptionContext,
): RedemptionProblem | undefined {
  if (redemption.shopId !== context.shopId) return "otherShop";
  if (BigInt(context.now) > redemption.deadline) return "expired";
  if (context.rewardThreshold === 0) return "noProgram";
  if (redemption.stamps !== context.rewardThreshold) return "wrongStamps";
  return context.balance < redemption.stamps ? "notEnoughStamps" : undefined;
}
