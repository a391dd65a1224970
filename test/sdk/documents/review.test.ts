import { parseReview, parseReviewReply } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue, SCRIPT_INJECTIONS, validReview, validReviewReply } from "./fixtures.ts";

describe("parseReview", () => {
  test("accepts a review with a multi-line text", () => {
    expect(parseReview(validReview())).toEqual(validReview());
  });

  test("accepts a rating without text", () => {
    expect(parseReview({ ...validReview(), text: "" }).text).toBe("");
  });

  test("keeps script-injection strings as inert text", () => {
    for (const text of SCRIPT_INJECTIONS) expect(parseReview({ ...validReview(), text }).text).toBe(text);
  });

  test("rejects ratings outside 1 to 5 and fractional ratings", () => {
    for (const rating of [0, 6, 4.5, "5"]) expectIssue(() => parseReview({ ...validReview(), rating }), "rating");
  });

  test("rejects an oversize text, a control character and a bad date", () => {
    expectIssue(() => parseReview({ ...validReview(), text: "x".repeat(2001) }), "text", "at most 2000");
    expectIssue(() => parseReview({ ...validReview(), text: "escape \u001b[31m red" }), "text", "U+001B");
    expectIssue(() => parseReview({ ...validReview(), createdAt: "today" }), "createdAt", "ISO 8601");
  });

  test("rejects an order id that is not a decimal uint256", () => {
    expectIssue(() => parseReview({ ...validReview(), orderId: "0x2a" }), "orderId", "decimal");
  });

  test("rejects a review-reply passed as a review", () => {
    expectIssue(() => parseReview(validReviewReply()), "schema", 'unsupported schema "grandrue.review-reply/1"');
  });
});

describe("parseReviewReply", () => {
  test("accepts a reply", () => {
    expect(parseReviewReply(validReviewReply())).toEqual(validReviewReply());
  });

  test("rejects an empty or oversize reply", () => {
    expectIssue(() => parseReviewReply({ ...validReviewReply(), text: "" }), "text", "must not be empty");
    expectIssue(() => parseReviewReply({ ...validReviewReply(), text: "x".repeat(2001) }), "text", "at most 2000");
  });

  test("rejects a rating, which only reviews have", () => {
    expectIssue(() => parseReviewReply({ ...validReviewReply(), rating: 5 }), "", "Unrecognized key");
  });
});
