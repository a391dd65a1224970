import { parseLabelIssuerProfile } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue, SCRIPT_INJECTIONS, validLabelIssuer } from "./fixtures.ts";

describe("parseLabelIssuerProfile", () => {
  test("accepts a complete issuer profile", () => {
    expect(parseLabelIssuerProfile(validLabelIssuer())).toEqual(validLabelIssuer());
  });

  test("accepts a profile without a website", () => {
    const { website, ...minimal } = validLabelIssuer();
    expect(parseLabelIssuerProfile(minimal)).toEqual(minimal);
  });

  test("keeps script-injection strings as inert text", () => {
    for (const injection of SCRIPT_INJECTIONS) {
      expect(parseLabelIssuerProfile({ ...validLabelIssuer(), description: injection }).description).toBe(injection);
    }
  });

  test("rejects an empty or oversize name and an oversize description", () => {
    expectIssue(() => parseLabelIssuerProfile({ ...validLabelIssuer(), name: "" }), "name", "must not be empty");
    expectIssue(() => parseLabelIssuerProfile({ ...validLabelIssuer(), name: "x".repeat(81) }), "name", "at most 80");
    expectIssue(
      () => parseLabelIssuerProfile({ ...validLabelIssuer(), description: "x".repeat(2001) }),
      "description",
      "at most 2000",
    );
  });

  test("rejects a website that is not https or ipfs", () => {
    for (const website of ["http://bio-certif.example", "javascript:alert(1)"]) {
      expectIssue(() => parseLabelIssuerProfile({ ...validLabelIssuer(), website }), "website", "https: or ipfs:");
    }
  });

  test("rejects no labels, more than 20, and a repeated slug", () => {
    const [organic, shortCircuit] = validLabelIssuer().labels;
    expectIssue(() => parseLabelIssuerProfile({ ...validLabelIssuer(), labels: [] }), "labels", "at least one label");
    const many = Array.from({ length: 21 }, (_, index) => ({ ...organic!, slug: `label-${index}` }));
    expectIssue(() => parseLabelIssuerProfile({ ...validLabelIssuer(), labels: many }), "labels", "at most 20 labels");
    expectIssue(
      () => parseLabelIssuerProfile({ ...validLabelIssuer(), labels: [organic, shortCircuit, organic] }),
      "labels.2.slug",
      'repeats "bio"',
    );
  });

  test("rejects a label with a bad slug, an empty title or an oversize description", () => {
    const label = validLabelIssuer().labels[0]!;
    const withLabel = (changes: object) => ({ ...validLabelIssuer(), labels: [{ ...label, ...changes }] });
    expectIssue(() => parseLabelIssuerProfile(withLabel({ slug: "Bio" })), "labels.0.slug", "lower-case slug");
    expectIssue(() => parseLabelIssuerProfile(withLabel({ slug: "x".repeat(33) })), "labels.0.slug", "at most 32");
    expectIssue(() => parseLabelIssuerProfile(withLabel({ title: "" })), "labels.0.title", "must not be empty");
    expectIssue(
      () => parseLabelIssuerProfile(withLabel({ description: "x".repeat(501) })),
      "labels.0.description",
      "at most 500",
    );
  });
});
