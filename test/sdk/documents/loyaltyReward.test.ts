import { parseLoyaltyReward } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue, SCRIPT_INJECTIONS, validLoyaltyReward } from "./fixtures.ts";

describe("parseLoyaltyReward", () => {
  test("accepts a reward with a multi-line description", () => {
    expect(parseLoyaltyReward(validLoyaltyReward())).toEqual(validLoyaltyReward());
  });

  test("accepts a reward without description text", () => {
    expect(parseLoyaltyReward({ ...validLoyaltyReward(), description: "" }).description).toBe("");
  });

  test("keeps script-injection strings as inert text", () => {
    for (const title of SCRIPT_INJECTIONS)
      expect(parseLoyaltyReward({ ...validLoyaltyReward(), title }).title).toBe(title);
  });

  test("rejects an empty, blank, multi-line or oversize title", () => {
    expectIssue(() => parseLoyaltyReward({ ...validLoyaltyReward(), title: "" }), "title", "must not be empty");
    expectIssue(() => parseLoyaltyReward({ ...validLoyaltyReward(), title: "   " }), "title", "must not be empty");
    expectIssue(() => parseLoyaltyReward({ ...validLoyaltyReward(), title: "Une\nbaguette" }), "title", "U+000A");
    expectIssue(() => parseLoyaltyReward({ ...validLoyaltyReward(), title: "x".repeat(81) }), "title", "at most 80");
  });

  test("rejects an oversize description and a missing one", () => {
    expectIssue(
      () => parseLoyaltyReward({ ...validLoyaltyReward(), description: "x".repeat(501) }),
      "description",
      "at most 500",
    );
    const { description, ...withoutDescription } = validLoyaltyReward();
    expectIssue(() => parseLoyaltyReward(withoutDescription), "description", "must be a string");
  });

  test("rejects unknown fields and another schema", () => {
    expectIssue(() => parseLoyaltyReward({ ...validLoyaltyReward(), stamps: 10 }), "", "Unrecognized key");
    expectIssue(
      () => parseLoyaltyReward({ ...validLoyaltyReward(), schema: "grandrue.review/1" }),
      "schema",
      'unsupported schema "grandrue.review/1"',
    );
  });
});
