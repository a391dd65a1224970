import {
  BondDepositedEvent,
  BondWithdrawnEvent,
  ClaimFiledEvent,
  ClaimResolvedEvent,
  WarrantyPeriodSetEvent,
  WithdrawalAnnouncedEvent,
} from "../../generated/abiItems/guaranteeBonds.ts";

/** The bond events indexed by shop id then token (topic 1 = shop id). */
export const bondEvents = [
  WarrantyPeriodSetEvent,
  BondDepositedEvent,
  WithdrawalAnnouncedEvent,
  BondWithdrawnEvent,
] as const;

/** The claim events indexed by order id then shop id (topic 2 = shop id). */
export const claimEvents = [ClaimFiledEvent, ClaimResolvedEvent] as const;
