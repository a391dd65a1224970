import { describe, expect, test } from "vitest";
import { parseAmount } from "./amountForm.ts";
import { WITHDRAWAL_NOTICE_SECONDS, WITHDRAWAL_WINDOW_SECONDS, withdrawalState } from "./bondWithdrawal.ts";
import { rewardDocument, validateProgramForm } from "./programForm.ts";
import { redemptionProblem } from "./redemptionCheck.ts";
import { MAX_WARRANTY_SECONDS, parseWarranty, warrantyParts } from "./warrantyPeriod.ts";

const LOAF = { stampsPerOrder: "1", rewardThreshold: "10", title: "Une baguette offerte", description: "" };

describe("the stamp card form", () => {
  test("a card of 1 stamp per order and 10 for a loaf has no problem and makes a loyalty-reward document", () => {
    expect(validateProgramForm(LOAF, { isNew: true })).toEqual({});
    expect(rewardDocument({ title: "  Une baguette offerte ", description: "Tradition ou complète." })).toEqual({
      schema: "grandrue.loyalty-reward/1",
      title: "Une baguette offerte",
      description: "Tradition ou complète.",
    });
  });

  test("zero, decimals and words are not stamp counts, and an order earns at most 100 stamps", () => {
    expect(validateProgramForm({ ...LOAF, rewardThreshold: "0" }, { isNew: true }).rewardThreshold).toBe("wholeNumber");
    expect(validateProgramForm({ ...LOAF, rewardThreshold: "2,5" }, { isNew: true }).rewardThreshold).toBe(
      "wholeNumber",
    );
    expect(validateProgramForm({ ...LOAF, stampsPerOrder: "dix" }, { isNew: true }).stampsPerOrder).toBe("wholeNumber");
    expect(validateProgramForm({ ...LOAF, stampsPerOrder: "101" }, { isNew: true }).stampsPerOrder).toBe(
      "tooManyPerOrder",
    );
    expect(validateProgramForm({ ...LOAF, rewardThreshold: "1001" }, { isNew: true }).rewardThreshold).toBe(
      "tooManyForReward",
    );
  });

  test("changing the reward ignores stamps per order, which never change", () => {
    expect(validateProgramForm({ ...LOAF, stampsPerOrder: "" }, { isNew: false })).toEqual({});
  });

  test("the reward needs a one-line title of at most 80 characters and a description of at most 500", () => {
    expect(validateProgramForm({ ...LOAF, title: "  " }, { isNew: true }).title).toBe("required");
    expect(validateProgramForm({ ...LOAF, title: "Une baguette\nofferte" }, { isNew: true }).title).toBe("oneLine");
    expect(validateProgramForm({ ...LOAF, title: "a".repeat(81) }, { isNew: true }).title).toBe("tooLong");
    expect(validateProgramForm({ ...LOAF, description: "a".repeat(501) }, { isNew: true }).description).toBe("tooLong");
  });
});

describe("the warranty period", () => {
  test("2 years and 24 months are the same period, shown as 2 years", () => {
    const years = parseWarranty("2", "years");
    expect(years).toEqual(parseWarranty("24", "months"));
    expect(years).toEqual({ seconds: 2 * 365 * 86_400 });
    expect(warrantyParts(2 * 365 * 86_400)).toEqual({ count: 2, unit: "years" });
    expect(warrantyParts((18 * 365 * 86_400) / 12)).toEqual({ count: 18, unit: "months" });
  });

  test("0 stops the warranty, more than ten years is refused, and only whole numbers count", () => {
    expect(parseWarranty("0", "years")).toEqual({ seconds: 0 });
    expect(parseWarranty("10", "years")).toEqual({ seconds: MAX_WARRANTY_SECONDS });
    expect(parseWarranty("121", "months")).toEqual({ problem: "warrantyTooLong" });
    expect(parseWarranty("1,5", "years")).toEqual({ problem: "wholeNumber" });
    expect(parseWarranty("", "months")).toEqual({ problem: "required" });
  });
});

describe("an amount typed in euros", () => {
  const LEMAN = { priceUnit: "EUR", rate: 10n ** 18n };

  test("is converted at the shop's rate, with a decimal comma, spaces and the euro sign accepted", () => {
    expect(parseAmount("1 250,50 €", LEMAN)).toEqual({ amount: 125_050n * 10n ** 16n, price: "1250.50" });
    expect(parseAmount("300", { priceUnit: "EUR", rate: 10n ** 18n / 3000n })).toEqual({
      amount: 99_999_999_999_999_900n,
      price: "300",
    });
  });

  test("is converted into a 6-decimal token (EURC at one per euro) with that token's scale", () => {
    const eurc = { priceUnit: "EUR", rate: 10n ** 6n };
    expect(parseAmount("400", eurc)).toEqual({ amount: 400_000_000n, price: "400" });
    expect(parseAmount("0,01", eurc)).toEqual({ amount: 10_000n, price: "0.01" });
    expect(parseAmount("0,001", eurc)).toEqual({ problem: "pricePrecision" });
    expect(parseAmount("150", { ...eurc, maximum: 149_999_999n })).toEqual({ problem: "moreThanBond" });
  });

  test("says what is wrong: empty, not a number, cents of cents, zero, more than the bond", () => {
    expect(parseAmount(" ", LEMAN)).toEqual({ problem: "required" });
    expect(parseAmount("cinq cents", LEMAN)).toEqual({ problem: "price" });
    expect(parseAmount("1,005", LEMAN)).toEqual({ problem: "pricePrecision" });
    expect(parseAmount("0", LEMAN)).toEqual({ problem: "zero" });
    expect(parseAmount("501", { ...LEMAN, maximum: 500n * 10n ** 18n })).toEqual({ problem: "moreThanBond" });
  });
});

describe("a reward code checked at the counter", () => {
  const redemption = {
    shopId: 3n,
    buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const,
    stamps: 10,
    nonce: 1n,
    deadline: 1_000n,
  };
  const here = { shopId: 3n, now: 900, rewardThreshold: 10, balance: 12 };

  test("a code for this shop, in time, for the reward's stamps, on a card that has them, can be used", () => {
    expect(redemptionProblem(redemption, here)).toBeUndefined();
    expect(redemptionProblem(redemption, { ...here, now: 1_000 })).toBeUndefined();
  });

  test("another shop's code, an expired one, a wrong stamp count or too few stamps each get their reason", () => {
    expect(redemptionProblem(redemption, { ...here, shopId: 4n })).toBe("otherShop");
    expect(redemptionProblem(redemption, { ...here, now: 1_001 })).toBe("expired");
    expect(redemptionProblem(redemption, { ...here, rewardThreshold: 0 })).toBe("noProgram");
    expect(redemptionProblem(redemption, { ...here, rewardThreshold: 8 })).toBe("wrongStamps");
    expect(redemptionProblem(redemption, { ...here, balance: 9 })).toBe("notEnoughStamps");
  });
});

describe("an announced bond withdrawal", () => {
  const announced = { announcedAmount: 100n, withdrawableAt: 10_000 + WITHDRAWAL_NOTICE_SECONDS };

  test("waits for its notice, is open for the window (its last second included), then is missed", () => {
    expect(withdrawalState(announced, 10_000).kind).toBe("notice");
    expect(withdrawalState(announced, announced.withdrawableAt).kind).toBe("open");
    expect(withdrawalState(announced, announced.withdrawableAt + WITHDRAWAL_WINDOW_SECONDS)).toEqual({
      kind: "open",
      amount: 100n,
      withdrawableAt: announced.withdrawableAt,
      closesAt: announced.withdrawableAt + WITHDRAWAL_WINDOW_SECONDS,
    });
    expect(withdrawalState(announced, announced.withdrawableAt + WITHDRAWAL_WINDOW_SECONDS + 1).kind).toBe("missed");
  });

  test("is none without an announcement", () => {
    expect(withdrawalState({ announcedAmount: 0n, withdrawableAt: undefined }, 10_000)).toEqual({ kind: "none" });
  });
});
