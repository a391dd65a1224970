import { parseCarrierProfile } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  type CarrierForm,
  carrierFormFromProfile,
  carrierProfileFromForm,
  emptyCarrierForm,
  splitPostcodes,
  validateCarrierForm,
} from "./carrierForm.ts";

const KEY = `0x${"cd".repeat(32)}` as const;

function validForm(): CarrierForm {
  return {
    ...emptyCarrierForm(),
    name: "Vélo Express",
    postcodes: "45600, 45500",
    geohashes: ["u03xq"],
    fees: [
      { label: "Jusqu'à 5 km", maxDistanceKm: "5", price: "5,90" },
      { label: "Au-delà", maxDistanceKm: "", price: "8.50" },
    ],
    vehicle: "cargo-bike",
  };
}

describe("the carrier form", () => {
  test("an empty form asks for a name, a place served and a complete fee line", () => {
    expect(validateCarrierForm(emptyCarrierForm())).toEqual({ name: "required", area: "noArea", fees: "fees" });
  });

  test("a complete form becomes a grandrue.carrier/1 profile the SDK accepts", () => {
    expect(validateCarrierForm(validForm())).toEqual({});
    const profile = parseCarrierProfile(carrierProfileFromForm(validForm(), KEY));
    expect(profile.fees).toEqual([
      { label: "Jusqu'à 5 km", maxDistanceKm: 5, price: "5.90" },
      { label: "Au-delà", price: "8.50" },
    ]);
    expect(profile.serviceArea).toEqual({ geohashes: ["u03xq"], postcodes: ["45600", "45500"] });
  });

  test("a fee without price, a negative distance and a bad postcode are refused", () => {
    expect(
      validateCarrierForm({ ...validForm(), fees: [{ label: "Centre", maxDistanceKm: "", price: "" }] }).fees,
    ).toBe("fees");
    expect(
      validateCarrierForm({ ...validForm(), fees: [{ label: "Centre", maxDistanceKm: "-2", price: "3" }] }).fees,
    ).toBe("fees");
    expect(validateCarrierForm({ ...validForm(), postcodes: "45600, 45.500" }).postcodes).toBe("postcode");
  });

  test("postcodes can be separated by commas, semicolons or spaces, and repeat once", () => {
    expect(splitPostcodes("45600, 45500;45570 45600")).toEqual(["45600", "45500", "45570"]);
  });

  test("a published profile fills the form back", () => {
    const profile = parseCarrierProfile(carrierProfileFromForm(validForm(), KEY));
    expect(carrierProfileFromForm(carrierFormFromProfile(profile), KEY)).toEqual(profile);
  });
});
