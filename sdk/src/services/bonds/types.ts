import { UnknownEnumValueError } from "../../orders/types.ts";

/** Warranty claim statuses, in the contract's `ClaimStatus` enum order. `None` is an order without claim. */
export const CLAIM_STATUSES = ["None", "Open", "Upheld", "Dismissed", "Lapsed"] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The name of a `ClaimStatus` value read from the bonds contract. */
export function claimStatusName(value: number): ClaimStatus {
  const name = CLAIM_STATUSES[value];
  if (name === undefined) throw new UnknownEnumValueError("ClaimStatus", value);
  return name;
}

/** The rulings the bonds contract understands: 1 pays the buyer, 2 dismisses (0, a refusal, dismisses too). */
export const BOND_RULINGS = { Refused: 0n, PayBuyer: 1n, Dismiss: 2n } as const;
