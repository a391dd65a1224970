/** The escrow's ERC-792 choices: 0 = refused to arbitrate (even split), 1 = refund the buyer, 2 = pay the shop. */
export const ESCROW_RULINGS = { Refused: 0n, RefundBuyer: 1n, PayShop: 2n } as const;

export type EscrowRuling = keyof typeof ESCROW_RULINGS;

/** A ruling as the arbitrator's `uint256`: an escrow ruling by name, or a raw choice for other arbitrables. */
export function rulingValue(ruling: EscrowRuling | bigint): bigint {
  return typeof ruling === "bigint" ? ruling : ESCROW_RULINGS[ruling];
}
