import * as z from "zod/mini";
import { integerBetween, schemaId } from "./fields/basics.ts";
import { decimalUint } from "./fields/identifiers.ts";
import { multilineText } from "./fields/text.ts";
import { isoDateTime } from "./fields/time.ts";
import { MAX_REVIEW_REPLY_LENGTH, MAX_REVIEW_TEXT_LENGTH } from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const REVIEW_SCHEMA_ID = "grandrue.review/1";
export const REVIEW_REPLY_SCHEMA_ID = "grandrue.review-reply/1";

/** `grandrue.review/1`: the text of a buyer's review of one order (the rating is also recorded on-chain). */
export const reviewSchema = z.strictObject({
  schema: schemaId(REVIEW_SCHEMA_ID),
  orderId: decimalUint(256),
  rating: integerBetween(1, 5),
  text: multilineText({ max: MAX_REVIEW_TEXT_LENGTH }),
  createdAt: isoDateTime,
});

/** `grandrue.review-reply/1`: the shop's public answer to the review of one order. */
export const reviewReplySchema = z.strictObject({
  schema: schemaId(REVIEW_REPLY_SCHEMA_ID),
  orderId: decimalUint(256),
  text: multilineText({ min: 1, max: MAX_REVIEW_REPLY_LENGTH }),
  createdAt: isoDateTime,
});

export type Review = z.output<typeof reviewSchema>;
export type ReviewReply = z.output<typeof reviewReplySchema>;

/**
 * Validates a `grandrue.review/1` document.
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseReview(json: unknown): Review {
  return parseVersionedDocument(REVIEW_SCHEMA_ID, reviewSchema, json);
}

/**
 * Validates a `grandrue.review-reply/1` document.
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseReviewReply(json: unknown): ReviewReply {
  return parseVersionedDocument(REVIEW_REPLY_SCHEMA_ID, reviewReplySchema, json);
}
