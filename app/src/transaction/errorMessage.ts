import { expectedOrderStatuses, ORDER_STATUSES } from "@grandrue/sdk";
import type { TFunction } from "i18next";
import type { ActionError } from "./transactionState.ts";

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
 * `InvalidStatus`'s statuses in words: the order's (`actual`) and the ones the step needs (`expected`, a set of
 * statuses: "paid or accepted"). Its arguments come decoded (a number and a hex string) or as a relayer's JSON.
 */
function statusWords(args: Record<string, unknown>, t: TFunction, language: string): Record<string, string> {
  const word = (status: string) => t(`errors:orderStatus.${status}`);
  const actual = ORDER_STATUSES[Number(args.actual)];
  const expected = typeof args.expected === "string" && /^0x[0-9a-f]+$/i.test(args.expected) ? args.expected : "0x0";
  const expectedWords = expectedOrderStatuses(expected as `0x${string}`).map(word);
  return {
    actual: actual === undefined ? "" : word(actual),
    expected: new Intl.ListFormat(language, { type: "disjunction" }).format(expectedWords),
  };
}

/**
 * The message people read for a failed action: `errors:<Name>` with its arguments, or the generic `errors:Unknown`
 * when the error has no translation (a new contract error, a network failure).
 * @example errorMessage({ name: "UserRejected", args: {}, message: "" }, t, "en") // "You declined the request in your wallet…"
 */
export function errorMessage(error: ActionError, t: TFunction, language: string): string {
  const words = formatErrorArgs(error.args, language);
  if (error.name === "InvalidStatus") Object.assign(words, statusWords(error.args, t, language));
  return t(`errors:${error.name}`, { ...words, defaultValue: t("errors:Unknown") });
}
