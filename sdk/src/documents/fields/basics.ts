import * as z from "zod/mini";

/** The `schema` discriminator of a versioned document, e.g. `grandrue.shop/1`. */
export function schemaId<const Id extends string>(id: Id) {
  return z.literal(id, { error: `must be "${id}"` });
}

/** A JSON boolean. */
export const flag = z.boolean({ error: "must be true or false" });

/** A whole number from `min` to `max` inclusive. */
export function integerBetween(min: number, max: number, meaning = `from ${min} to ${max}`) {
  return z
    .number({ error: "must be a number" })
    .check(
      z.int({ error: "must be a whole number" }),
      z.gte(min, { error: `must be ${meaning}` }),
      z.lte(max, { error: `must be ${meaning}` }),
    );
}

/** Runs an object-level check only when every field is already valid, so the check can trust the types. */
export const whenFieldsAreValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };
