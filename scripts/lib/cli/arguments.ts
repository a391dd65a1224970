import { UsageError } from "./errors.ts";

/**
 * A shop id given on the command line: a whole number from 1.
 * @throws UsageError for anything else.
 */
export function parseShopId(text: string): bigint {
  if (!/^[1-9]\d{0,76}$/.test(text))
    throw new UsageError(`"${text}" is not a shop id: shop ids are whole numbers from 1`);
  return BigInt(text);
}

/** A string option's value, or `undefined` when it was not given. */
export function stringOption(options: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}
