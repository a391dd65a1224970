import * as z from "zod/mini";
import { schemaId } from "./fields/basics.ts";
import { multilineText, singleLineText } from "./fields/text.ts";
import { MAX_REWARD_DESCRIPTION_LENGTH, MAX_REWARD_TITLE_LENGTH } from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const LOYALTY_REWARD_SCHEMA_ID = "grandrue.loyalty-reward/1";

/**
 * `grandrue.loyalty-reward/1`: what a full stamp card earns at a shop, e.g. "Une baguette offerte".
 * A loyalty program's `rewardCid` points to it.
 */
export const loyaltyRewardSchema = z.strictObject({
  schema: schemaId(LOYALTY_REWARD_SCHEMA_ID),
  title: singleLineText({ min: 1, max: MAX_REWARD_TITLE_LENGTH }),
  description: multilineText({ max: MAX_REWARD_DESCRIPTION_LENGTH }),
});

export type LoyaltyReward = z.output<typeof loyaltyRewardSchema>;

/**
 * Validates a `grandrue.loyalty-reward/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const reward = parseLoyaltyReward({ schema: 'grandrue.loyalty-reward/1', title: 'Une baguette offerte', description: '' })
 */
export function parseLoyaltyReward(json: unknown): LoyaltyReward {
  return parseVersionedDocument(LOYALTY_REWARD_SCHEMA_ID, loyaltyRewardSchema, json);
}
