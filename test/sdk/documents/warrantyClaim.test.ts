import { parseWarrantyClaimEvidence } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { CIDS, expectIssue, SCRIPT_INJECTIONS, validWarrantyClaim } from "./fixtures.ts";

describe("parseWarrantyClaimEvidence", () => {
  test("accepts a description with photos", () => {
    expect(parseWarrantyClaimEvidence(validWarrantyClaim())).toEqual(validWarrantyClaim());
  });

  test("accepts a claim without photos", () => {
    expect(parseWarrantyClaimEvidence({ ...validWarrantyClaim(), images: [] }).images).toEqual([]);
  });

  test("keeps script-injection strings as inert text", () => {
    for (const description of SCRIPT_INJECTIONS) {
      expect(parseWarrantyClaimEvidence({ ...validWarrantyClaim(), description }).description).toBe(description);
    }
  });

  test("rejects an empty, oversize or control-character description", () => {
    const claim = validWarrantyClaim();
    expectIssue(
      () => parseWarrantyClaimEvidence({ ...claim, description: " \n " }),
      "description",
      "must not be empty",
    );
    expectIssue(
      () => parseWarrantyClaimEvidence({ ...claim, description: "x".repeat(2001) }),
      "description",
      "at most 2000",
    );
    expectIssue(() => parseWarrantyClaimEvidence({ ...claim, description: "a\r\nb" }), "description", "U+000D");
  });

  test("rejects more than 6 photos and a CID that is not canonical", () => {
    const claim = validWarrantyClaim();
    const seven = Array.from({ length: 7 }, () => CIDS.bread);
    expectIssue(() => parseWarrantyClaimEvidence({ ...claim, images: seven }), "images", "at most 6 images");
    expectIssue(
      () => parseWarrantyClaimEvidence({ ...claim, images: [CIDS.breadBase58] }),
      "images.0",
      "canonical form",
    );
    expectIssue(() => parseWarrantyClaimEvidence({ ...claim, images: ["not-a-cid"] }), "images.0", "not a valid CID");
  });
});
