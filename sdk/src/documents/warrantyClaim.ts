import * as z from "zod/mini";
import { schemaId } from "./fields/basics.ts";
import { cid } from "./fields/identifiers.ts";
import { multilineText } from "./fields/text.ts";
import { MAX_CLAIM_DESCRIPTION_LENGTH, MAX_CLAIM_IMAGES } from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const WARRANTY_CLAIM_SCHEMA_ID = "grandrue.warranty-claim/1";

/**
 * `grandrue.warranty-claim/1`: the buyer's evidence for a warranty claim (what went wrong, and photos).
 * A warranty claim's `evidenceCid` points to it.
 */
export const warrantyClaimEvidenceSchema = z.strictObject({
  schema: schemaId(WARRANTY_CLAIM_SCHEMA_ID),
  description: multilineText({ min: 1, max: MAX_CLAIM_DESCRIPTION_LENGTH }),
  images: z
    .array(cid, { error: "must be a list" })
    .check(z.maxLength(MAX_CLAIM_IMAGES, { error: `must have at most ${MAX_CLAIM_IMAGES} images` })),
});

export type WarrantyClaimEvidence = z.output<typeof warrantyClaimEvidenceSchema>;

/**
 * Validates a `grandrue.warranty-claim/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const evidence = parseWarrantyClaimEvidence({ schema: 'grandrue.warranty-claim/1', description: 'The gears slip.', images: [] })
 */
export function parseWarrantyClaimEvidence(json: unknown): WarrantyClaimEvidence {
  return parseVersionedDocument(WARRANTY_CLAIM_SCHEMA_ID, warrantyClaimEvidenceSchema, json);
}
