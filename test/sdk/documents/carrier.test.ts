import { MAX_SERVICE_AREA_GEOHASHES, MAX_SERVICE_AREA_POSTCODES, parseCarrierProfile } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue, SCRIPT_INJECTIONS, validCarrier } from "./fixtures.ts";

describe("parseCarrierProfile", () => {
  test("accepts a complete carrier profile", () => {
    expect(parseCarrierProfile(validCarrier())).toEqual(validCarrier());
  });

  test("accepts a profile without its optional fields", () => {
    const { sustainability, vehicle, website, ...minimal } = validCarrier();
    expect(parseCarrierProfile(minimal)).toEqual(minimal);
  });

  test("keeps script-injection strings as inert text", () => {
    for (const injection of SCRIPT_INJECTIONS) {
      expect(parseCarrierProfile({ ...validCarrier(), sustainability: injection }).sustainability).toBe(injection);
    }
  });

  test("rejects a service area with too many cells or postcodes, or malformed ones", () => {
    const area = validCarrier().serviceArea;
    const cells = Array.from({ length: MAX_SERVICE_AREA_GEOHASHES + 1 }, () => "u09tv");
    const postcodes = Array.from({ length: MAX_SERVICE_AREA_POSTCODES + 1 }, () => "75011");
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), serviceArea: { ...area, geohashes: cells } }),
      "serviceArea.geohashes",
      "at most 200 cells",
    );
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), serviceArea: { ...area, postcodes } }),
      "serviceArea.postcodes",
      "at most 500 postcodes",
    );
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), serviceArea: { ...area, geohashes: ["U09TV"] } }),
      "serviceArea.geohashes.0",
      "geohash characters",
    );
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), serviceArea: { ...area, postcodes: ["75011<br>"] } }),
      "serviceArea.postcodes.0",
      "letters, digits, spaces and dashes",
    );
  });

  test("rejects fees with bad prices, distances or count", () => {
    const fee = validCarrier().fees[0]!;
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), fees: [{ ...fee, price: "4.505" }] }),
      "fees.0.price",
      "has 3 decimals but EUR allows at most 2",
    );
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), fees: [{ ...fee, price: "-4.50" }] }),
      "fees.0.price",
      "decimal string",
    );
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), fees: [{ ...fee, maxDistanceKm: 0 }] }),
      "fees.0.maxDistanceKm",
      "positive",
    );
    expectIssue(() => parseCarrierProfile({ ...validCarrier(), fees: [] }), "fees", "at least one fee");
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), fees: Array.from({ length: 21 }, () => fee) }),
      "fees",
      "at most 20 fees",
    );
  });

  test("rejects an unknown vehicle and an oversize sustainability text", () => {
    expectIssue(() => parseCarrierProfile({ ...validCarrier(), vehicle: "rocket" }), "vehicle", '"cargo-bike"');
    expectIssue(
      () => parseCarrierProfile({ ...validCarrier(), sustainability: "s".repeat(501) }),
      "sustainability",
      "at most 500",
    );
  });

  test("rejects a missing encryption key", () => {
    const { encryptionPublicKey, ...withoutKey } = validCarrier();
    expectIssue(() => parseCarrierProfile(withoutKey), "encryptionPublicKey", "32 bytes");
  });
});
