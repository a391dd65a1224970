import type { ParsedMarketError } from "@grandrue/sdk";
import type { TFunction } from "i18next";

/**
 * Turns decoded error arguments into words for interpolation: deadlines (seconds since 1970) become a date and
 * time in the reader's language, other numbers become plain digits. Addresses and hashes stay out of messages.
 * @example formatErrorArgs({ orderId: 7n, deadline: 1767225600n }, "fr") // { orderId: "7", deadline: "1 janv. 2026, 01:00" }
 */
export function formatErrorArgs(args: Record<string, unknown>, language: string): Record<string, string> {
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== "bigint" && typeof value !== "number" && typeof value !== "string") continue;
    formatted[name] = /deadline/i.test(name)
      ? new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
          new Date(Number(value) * 1000),
        )
      : String(value);
  }
  return formatted;
}

/**
 * The message people read for a failed action: `errors:<Name>` with its arguments, or the generic `errors:Unknown`
 * when the error has no translation (a new contract error, a network failure).
 * @example errorMessage({ name: "UserRejected", args: {}, message: "" }, t, "en") // "You declined the request in your wallet…"
 */
export function errorMessage(error: ParsedMarketError, t: TFunction, language: string): string {
  return t(`errors:${error.name}`, { ...formatErrorArgs(error.args, language), defaultValue: t("errors:Unknown") });
}
