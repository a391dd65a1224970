import { parseShippingDetails } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue } from "../documents/fixtures.ts";
import { validDetails } from "./fixtures.ts";

describe("parseShippingDetails", () => {
  test("accepts complete details and details without the optional phone and instructions", () => {
    expect(parseShippingDetails(validDetails())).toEqual(validDetails());
    const { phone, instructions, ...minimal } = validDetails();
    expect(parseShippingDetails(minimal)).toEqual(minimal);
  });

  test("rejects oversize fields", () => {
    expectIssue(() => parseShippingDetails({ ...validDetails(), name: "n".repeat(81) }), "name", "at most 80");
    expectIssue(() => parseShippingDetails({ ...validDetails(), street: "s".repeat(121) }), "street", "at most 120");
    expectIssue(
      () => parseShippingDetails({ ...validDetails(), instructions: "i".repeat(501) }),
      "instructions",
      "at most 500",
    );
  });

  test("allows line feeds in instructions only", () => {
    expectIssue(() => parseShippingDetails({ ...validDetails(), street: "3 rue X\n75011" }), "street", "U+000A");
    expect(parseShippingDetails({ ...validDetails(), instructions: "Ring twice\nThen wait" }).instructions).toBe(
      "Ring twice\nThen wait",
    );
  });

  test("rejects a missing field, an unknown field and a bad country or phone", () => {
    const { city, ...withoutCity } = validDetails();
    expectIssue(() => parseShippingDetails(withoutCity), "city", "must be a string");
    expectIssue(() => parseShippingDetails({ ...validDetails(), email: "a@b.example" }), "", "Unrecognized key");
    expectIssue(() => parseShippingDetails({ ...validDetails(), country: "France" }), "country", "ISO 3166-1");
    expectIssue(() => parseShippingDetails({ ...validDetails(), phone: "<script>" }), "phone", "phone number");
  });
});
