import type * as z from "zod/mini";
import { type DocumentIssue, DocumentValidationError } from "./errors.ts";
import { safeParseInEnglish } from "./safeParseInEnglish.ts";

const MAX_SCHEMA_ECHO_LENGTH = 64;

/**
 * Validates `json` against `schema` (any zod 4 schema: the SDK's are `zod/mini`) and returns the validated data, never
 * the raw input.
 * @param document Names the document in error messages, e.g. `grandrue.catalog/1`.
 * @throws DocumentValidationError listing every issue with its dotted path.
 */
export function parseWithSchema<Schema extends z.core.$ZodType>(
  document: string,
  schema: Schema,
  json: unknown,
): z.output<Schema> {
  const result = safeParseInEnglish(schema, json);
  if (result.success) return result.data;
  throw new DocumentValidationError(document, result.error.issues.map(toDocumentIssue), { cause: result.error });
}

/**
 * Like {@link parseWithSchema} for a versioned document whose `schema` field must be `schemaId` (or one of the
 * versions still read, newest first). A document of another version (or kind) gets a single issue saying so,
 * instead of a list of field errors that would only be noise.
 */
export function parseVersionedDocument<Schema extends z.core.$ZodType>(
  schemaId: string | readonly [string, ...string[]],
  schema: Schema,
  json: unknown,
): z.output<Schema> {
  const accepted: readonly string[] = typeof schemaId === "string" ? [schemaId] : schemaId;
  const name = accepted[0]!;
  if (typeof json === "object" && json !== null && "schema" in json && !accepted.includes(json.schema as string)) {
    const found =
      typeof json.schema === "string"
        ? JSON.stringify(json.schema.slice(0, MAX_SCHEMA_ECHO_LENGTH))
        : typeof json.schema;
    const expected = accepted.map((id) => `"${id}"`).join(" or ");
    throw new DocumentValidationError(name, [
      { path: "schema", message: `unsupported schema ${found}: expected ${expected}` },
    ]);
  }
  return parseWithSchema(name, schema, json);
}

function toDocumentIssue(issue: z.core.$ZodIssue): DocumentIssue {
  return { path: issue.path.map(String).join("."), message: issue.message };
}
