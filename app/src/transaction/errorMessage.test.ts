import { describe, expect, test } from "vitest";
import { createTestI18n } from "../test/renderWithMarket.tsx";
import { errorMessage, formatErrorArgs } from "./errorMessage.ts";

describe("formatErrorArgs", () => {
  test("writes deadlines as a date in the reader's language and numbers as digits", () => {
    const deadline = BigInt(Date.UTC(2026, 0, 15, 9, 30) / 1000);
    const formatted = formatErrorArgs({ orderId: 42n, deadline }, "en");
    expect(formatted.orderId).toBe("42");
    expect(formatted.deadline).toMatch(/Jan 15, 2026/);
  });

  test("leaves out values that cannot be put into words (structs, lists)", () => {
    expect(formatErrorArgs({ terms: { acceptHours: 1 }, list: [1, 2] }, "fr")).toEqual({});
  });
});

describe("errorMessage", () => {
  test("says a contract error in the reader's language, with its arguments", async () => {
    const i18n = await createTestI18n("fr");
    const message = errorMessage(
      { name: "TooManyEntries", args: { count: 12n, maximum: 10n }, message: "" },
      i18n.t,
      "fr",
    );
    expect(message).toBe("Cette liste est trop longue : 10 éléments au plus. Retirez-en, puis enregistrez à nouveau.");
  });

  test.each([
    ["en", "This order is on its way, and this step needs it paid or accepted."],
    ["fr", "Cette commande est en route, et cette étape demande qu'elle soit payée ou acceptée."],
  ] as const)("says InvalidStatus's statuses in words (%s)", async (language, sentence) => {
    const i18n = await createTestI18n(language);
    // expire on a Shipped order: the set {Paid, Accepted} is bits 1 and 2.
    const args = { orderId: 7n, actual: 3, expected: `0x${"0".repeat(63)}6` };
    const message = errorMessage({ name: "InvalidStatus", args, message: "" }, i18n.t, language);
    expect(message.startsWith(sentence)).toBe(true);
  });

  test("says InvalidStatus from a relayer's JSON arguments the same way", async () => {
    const i18n = await createTestI18n("en");
    const args = { orderId: "7", actual: 9, expected: `0x${"0".repeat(62)}18` };
    const message = errorMessage({ name: "InvalidStatus", args, message: "" }, i18n.t, "en");
    expect(message).toMatch(/^This order is in dispute, and this step needs it on its way or delivered\./);
  });

  test("falls back to the generic message for an error it has no words for", async () => {
    const i18n = await createTestI18n("en");
    const message = errorMessage({ name: "SomethingNewInV2", args: {}, message: "" }, i18n.t, "en");
    expect(message).toBe(i18n.t("errors:Unknown"));
  });
});
