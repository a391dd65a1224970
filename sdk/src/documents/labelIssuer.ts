import * as z from "zod/mini";
import { schemaId, whenFieldsAreValid } from "./fields/basics.ts";
import { webUrl } from "./fields/contact.ts";
import { duplicateIndexes, slug } from "./fields/identifiers.ts";
import { multilineText, singleLineText } from "./fields/text.ts";
import {
  MAX_ISSUER_DESCRIPTION_LENGTH,
  MAX_ISSUER_LABELS,
  MAX_ISSUER_NAME_LENGTH,
  MAX_LABEL_DESCRIPTION_LENGTH,
  MAX_LABEL_TITLE_LENGTH,
} from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const LABEL_ISSUER_SCHEMA_ID = "grandrue.label-issuer/1";

/** One label an issuer attests: its slug as attested on-chain, and what it means in words. */
export const issuedLabelSchema = z.strictObject({
  slug: slug(),
  title: singleLineText({ min: 1, max: MAX_LABEL_TITLE_LENGTH }),
  description: multilineText({ max: MAX_LABEL_DESCRIPTION_LENGTH }),
});

/**
 * `grandrue.label-issuer/1`: who a label issuer is and what each label slug it attests means.
 * The issuer's on-chain `profileCid` points to it.
 */
export const labelIssuerProfileSchema = z
  .strictObject({
    schema: schemaId(LABEL_ISSUER_SCHEMA_ID),
    name: singleLineText({ min: 1, max: MAX_ISSUER_NAME_LENGTH }),
    description: multilineText({ max: MAX_ISSUER_DESCRIPTION_LENGTH }),
    website: z.optional(webUrl),
    labels: z
      .array(issuedLabelSchema, { error: "must be a list" })
      .check(
        z.minLength(1, { error: "must have at least one label" }),
        z.maxLength(MAX_ISSUER_LABELS, { error: `must have at most ${MAX_ISSUER_LABELS} labels` }),
      ),
  })
  .check(
    z.superRefine((profile, context) => {
      const slugs = profile.labels.map((label) => label.slug);
      for (const index of duplicateIndexes(slugs)) {
        context.addIssue({ code: "custom", path: ["labels", index, "slug"], message: `repeats "${slugs[index]}"` });
      }
    }, whenFieldsAreValid),
  );

export type LabelIssuerProfile = z.output<typeof labelIssuerProfileSchema>;
export type IssuedLabel = z.output<typeof issuedLabelSchema>;

/**
 * Validates a `grandrue.label-issuer/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const issuer = parseLabelIssuerProfile(await ipfs.getJson(profileCid)); issuer.labels.find((label) => label.slug === 'bio')
 */
export function parseLabelIssuerProfile(json: unknown): LabelIssuerProfile {
  return parseVersionedDocument(LABEL_ISSUER_SCHEMA_ID, labelIssuerProfileSchema, json);
}
