import { CID } from "multiformats";
import { type Address, isAddress } from "viem";
import * as z from "zod/mini";
import { MAX_CID_LENGTH, MAX_ITEM_ID_LENGTH, MAX_SLUG_LENGTH } from "../limits.ts";
import { whenFieldsAreValid } from "./basics.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DECIMAL_UINT = /^(?:0|[1-9][0-9]*)$/;

/** A lower-case slug such as `bakery` or `short-circuit`: letters, digits and single inner dashes. */
export function slug(max = MAX_SLUG_LENGTH) {
  return z
    .string({ error: "must be a string" })
    .check(
      z.maxLength(max, { error: `must be at most ${max} characters` }),
      z.regex(SLUG, { error: 'must be a lower-case slug like "short-circuit" (a-z, 0-9, single dashes inside)' }),
    );
}

/** Up to `max` distinct slugs (categories, labels). */
export function slugList(max: number) {
  return z.array(slug(), { error: "must be a list" }).check(
    z.maxLength(max, { error: `must have at most ${max} entries` }),
    z.superRefine((slugs: string[], context) => {
      for (const index of duplicateIndexes(slugs)) {
        context.addIssue({ code: "custom", path: [index], message: `repeats "${slugs[index]}"` });
      }
    }, whenFieldsAreValid),
  );
}

/** A stable identifier of a catalog item or variant: letters, digits, `.`, `_`, `-`, starting alphanumeric. */
export const itemId = z
  .string({ error: "must be a string" })
  .check(
    z.maxLength(MAX_ITEM_ID_LENGTH, { error: `must be at most ${MAX_ITEM_ID_LENGTH} characters` }),
    z.regex(ITEM_ID, { error: 'must start with a letter or digit and use only letters, digits, ".", "_" and "-"' }),
  );

/** An unsigned integer of `bits` bits written in decimal without leading zeros, e.g. a shop id or a token amount. */
export function decimalUint(bits: 128 | 256) {
  const max = (1n << BigInt(bits)) - 1n;
  return z.string({ error: "must be a decimal string" }).check(
    z.maxLength(String(max).length, { error: `must fit in uint${bits}`, abort: true }),
    z.regex(DECIMAL_UINT, {
      error: "must be a non-negative integer in decimal, without sign or leading zeros",
      abort: true,
    }),
    z.refine((value) => BigInt(value) <= max, { error: `must fit in uint${bits}` }),
  );
}

/** A 0x-prefixed 20-byte address; mixed-case addresses must carry a valid EIP-55 checksum. */
export const address = z.custom<Address>((value) => typeof value === "string" && isAddress(value), {
  error: "must be a 0x-prefixed 20-byte address (with a valid EIP-55 checksum if mixed case)",
});

/**
 * A CID in its canonical string form (CIDv0 as `Qm…`, CIDv1 in base32 `b…`), checked with `multiformats`.
 * The canonical form makes one content have one spelling, so CIDs can be compared as strings.
 */
export const cid = z.string({ error: "must be a string" }).check(
  z.maxLength(MAX_CID_LENGTH, { error: `must be at most ${MAX_CID_LENGTH} characters`, abort: true }),
  z.superRefine((text, context) => {
    let canonical: string;
    try {
      canonical = CID.parse(text).toString();
    } catch (error) {
      context.addIssue({
        code: "custom",
        message: `is not a valid CID (${error instanceof Error ? error.message : "unreadable"})`,
      });
      return;
    }
    if (canonical !== text) {
      context.addIssue({ code: "custom", message: `must be written in canonical form "${canonical}"` });
    }
  }),
);

/** Indexes of the entries that repeat an earlier one. */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) duplicates.push(index);
    seen.add(value);
  });
  return duplicates;
}
