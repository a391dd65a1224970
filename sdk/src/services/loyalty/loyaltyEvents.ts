import {
  ProgramRegisteredEvent,
  RewardRedeemedEvent,
  RewardUpdatedEvent,
  StampsEarnedEvent,
} from "../../generated/abiItems/loyaltyStamps.ts";

/** A card's events, indexed by shop id then buyer (topic 2 = buyer). */
export const cardEvents = [StampsEarnedEvent, RewardRedeemedEvent] as const;

/** A program's reward descriptions, indexed by shop id (topic 1). */
export const rewardEvents = [ProgramRegisteredEvent, RewardUpdatedEvent] as const;
