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

  test("falls back to the generic message for an error it has no words for", async () => {
    const i18n = await createTestI18n("en");
    const message = errorMessage({ name: "SomethingNewInV2", args: {}, message: "" }, i18n.t, "en");
    expect(message).toBe(i18n.t("errors:Unknown"));
  });
});
