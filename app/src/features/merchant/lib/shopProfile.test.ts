import { parseShopMetadata } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  emptyShopProfile,
  type ShopProfileForm,
  shopMetadataFromForm,
  shopProfileFromMetadata,
} from "./shopProfile.ts";
import { validateShopProfile } from "./validateShopProfile.ts";

const KEY = `0x${"ab".repeat(32)}` as const;

function validForm(): ShopProfileForm {
  return {
    ...emptyShopProfile(),
    name: "Au Bon Levain",
    description: "Boulangerie au levain, pains et viennoiseries du jour.",
    street: "3 place de la Halle",
    postcode: "45600",
    city: "Aubrelle-sur-Loire",
    lat: "47,7176",
    lon: "2.4450",
    categories: ["bakery"],
    labels: ["organic"],
  };
}

describe("validateShopProfile", () => {
  test("an empty form asks for the name, description, address and coordinates", () => {
    const problems = validateShopProfile(emptyShopProfile());
    expect(problems).toMatchObject({
      name: "required",
      description: "required",
      street: "required",
      city: "required",
      postcode: "required",
      lat: "required",
      lon: "required",
    });
  });

  test("a complete form has no problem, and a decimal comma is accepted in coordinates", () => {
    expect(validateShopProfile(validForm())).toEqual({});
  });

  test("a latitude beyond 90 and a longitude that is not a number are refused", () => {
    expect(validateShopProfile({ ...validForm(), lat: "91", lon: "east" })).toMatchObject({
      lat: "latitude",
      lon: "longitude",
    });
  });

  test("a postcode with punctuation, a lower-case country and an http website are refused", () => {
    expect(
      validateShopProfile({ ...validForm(), postcode: "45.600", country: "fr", website: "http://example.org" }),
    ).toMatchObject({ postcode: "postcode", country: "country", website: "website" });
  });

  test("a day that closes before it opens, and two overlapping periods, are named by day", () => {
    const week = validForm().week.map((day) => structuredClone(day));
    week[1] = { isOpen: true, periods: [{ opens: "18:00", closes: "09:00" }] };
    week[2] = {
      isOpen: true,
      periods: [
        { opens: "09:00", closes: "13:00" },
        { opens: "12:00", closes: "19:00" },
      ],
    };
    const problems = validateShopProfile({ ...validForm(), week });
    expect(problems["hours.1"]).toBe("hoursOrder");
    expect(problems["hours.2"]).toBe("hoursOverlap");
    expect(problems["hours.3"]).toBeUndefined();
  });

  test("a name longer than the schema allows is too long", () => {
    expect(validateShopProfile({ ...validForm(), name: "x".repeat(81) }).name).toBe("tooLong");
  });
});

describe("shopMetadataFromForm", () => {
  test("a valid form becomes a grandrue.shop/1 document the SDK accepts, with the location's geohash", () => {
    const metadata = parseShopMetadata(shopMetadataFromForm(validForm(), KEY));
    expect(metadata.location).toMatchObject({ lat: 47.7176, lon: 2.445 });
    expect(metadata.location.geohash).toHaveLength(9);
    expect(metadata.openingHours.some((period) => period.day === 0)).toBe(false);
    expect(metadata.encryptionPublicKey).toBe(KEY);
    expect(metadata.terms).toEqual({});
  });

  test("editing a published document gives back the same document", () => {
    const metadata = parseShopMetadata(
      shopMetadataFromForm({ ...validForm(), story: "Depuis 1962.", returnsText: "Ni repris ni échangés." }, KEY),
    );
    expect(shopMetadataFromForm(shopProfileFromMetadata(metadata), KEY)).toEqual(metadata);
  });
});

describe("the shop's legal identity", () => {
  test("is published as typed, spaces and case tidied, and read back into the form", () => {
    const form = {
      ...validForm(),
      legalName: "SARL Fournil de la Halle",
      siret: "732 829 320 00074",
      vatNumber: "fr 40 303265045",
    };
    expect(validateShopProfile(form)).toEqual({});
    const metadata = parseShopMetadata(shopMetadataFromForm(form, KEY));
    expect(metadata.legal).toEqual({
      name: "SARL Fournil de la Halle",
      siret: "73282932000074",
      vatNumber: "FR40303265045",
    });
    expect(shopMetadataFromForm(shopProfileFromMetadata(metadata), KEY)).toEqual(metadata);
    expect(shopMetadataFromForm(validForm(), KEY).legal).toBeUndefined();
  });

  test("refuses numbers that fail their check, and numbers without a name", () => {
    expect(
      validateShopProfile({
        ...validForm(),
        legalName: "",
        siret: "73282932000075",
        ide: "CHE-116.281.711",
        vatNumber: "FR00303265045",
      }),
    ).toEqual({ siret: "siret", ide: "ide", vatNumber: "vatNumber", legalName: "legalNameNeeded" });
    expect(validateShopProfile({ ...validForm(), legalName: "Vélos Sàrl", ide: "che-116.281.710" })).toEqual({});
  });
});
