import { MAX_CATEGORIES, MAX_OPENING_HOURS, MAX_SHOP_NAME_LENGTH, parseShopMetadata } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { CIDS, expectIssue, issuesOf, SCRIPT_INJECTIONS, validShop } from "./fixtures.ts";

describe("parseShopMetadata", () => {
  test("accepts a complete shop and returns its fields", () => {
    const shop = parseShopMetadata(validShop());
    expect(shop).toEqual(validShop());
  });

  test("accepts a shop without its optional fields", () => {
    const { story, logo, website, phone, ...minimal } = validShop();
    expect(parseShopMetadata({ ...minimal, terms: {} })).toEqual({ ...minimal, terms: {} });
  });

  test("keeps script-injection strings as inert text instead of rewriting them", () => {
    for (const injection of SCRIPT_INJECTIONS) {
      const shop = parseShopMetadata({
        ...validShop(),
        name: injection.slice(0, MAX_SHOP_NAME_LENGTH),
        description: injection,
        terms: { other: injection },
      });
      expect(shop.description).toBe(injection);
      expect(shop.terms.other).toBe(injection);
    }
  });

  test("rejects a name one character over the limit and accepts one at the limit", () => {
    expect(parseShopMetadata({ ...validShop(), name: "n".repeat(MAX_SHOP_NAME_LENGTH) }).name).toHaveLength(
      MAX_SHOP_NAME_LENGTH,
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), name: "n".repeat(MAX_SHOP_NAME_LENGTH + 1) }),
      "name",
      "at most 80 characters",
    );
  });

  test("rejects an oversize description and story", () => {
    expectIssue(
      () => parseShopMetadata({ ...validShop(), description: "x".repeat(2001) }),
      "description",
      "at most 2000",
    );
    expectIssue(() => parseShopMetadata({ ...validShop(), story: "x".repeat(4001) }), "story", "at most 4000");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), description: "x".repeat(5_000_000) }),
      "description",
      "at most 2000",
    );
  });

  test("rejects a blank name", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), name: "   " }), "name", "must not be empty");
  });

  test("allows line feeds in long texts only, and rejects other control characters", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), name: "Two\nlines" }), "name", "U+000A");
    expectIssue(() => parseShopMetadata({ ...validShop(), description: "Windows\r\nline" }), "description", "U+000D");
    expectIssue(() => parseShopMetadata({ ...validShop(), description: "nul\u0000byte" }), "description", "U+0000");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), description: "bell\u0007" }),
      "description",
      "U+0007 (at index 4)",
    );
    expectIssue(() => parseShopMetadata({ ...validShop(), description: "c1\u009b" }), "description", "U+009B");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), address: { ...validShop().address, street: "tab\there" } }),
      "address.street",
      "U+0009",
    );
  });

  test("rejects text that is not well-formed Unicode (a lone surrogate)", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), name: "broken \uD800 name" }), "name", "U+D800");
  });

  test("accepts non-Latin scripts and emoji", () => {
    expect(parseShopMetadata({ ...validShop(), name: "Épicerie 東京 🥖" }).name).toBe("Épicerie 東京 🥖");
  });

  test("rejects a geohash that does not match lat/lon and accepts a coarser correct one", () => {
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 48.8566, lon: 2.3522, geohash: "u09tvw0f7" } }),
      "location.geohash",
      'should be "u09tvw0f6"',
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 46.2044, lon: 6.1432, geohash: "u09tvw0f6" } }),
      "location.geohash",
      "does not match",
    );
    expect(
      parseShopMetadata({ ...validShop(), location: { lat: 48.8566, lon: 2.3522, geohash: "u09t" } }).location.geohash,
    ).toBe("u09t");
  });

  test("rejects a geohash with letters outside the geohash alphabet, or longer than 12", () => {
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 48.8566, lon: 2.3522, geohash: "u09a" } }),
      "location.geohash",
      "geohash characters",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 48.8566, lon: 2.3522, geohash: "u09tvw0f6xxxx" } }),
      "location.geohash",
    );
  });

  test("rejects coordinates out of range", () => {
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 91, lon: 2.3522, geohash: "u" } }),
      "location.lat",
      "at most 90",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), location: { lat: 48, lon: "2.35", geohash: "u" } }),
      "location.lon",
      "must be a number",
    );
  });

  test("rejects opening periods that close before they open, overlap, or name a wrong day or time", () => {
    const hours = (openingHours: unknown) => () => parseShopMetadata({ ...validShop(), openingHours });
    expectIssue(hours([{ day: 1, opens: "09:00", closes: "09:00" }]), "openingHours.0.closes", "must be after opens");
    expectIssue(
      hours([
        { day: 1, opens: "09:00", closes: "12:00" },
        { day: 1, opens: "11:00", closes: "14:00" },
      ]),
      "openingHours.1",
      "overlaps period 0",
    );
    expectIssue(hours([{ day: 7, opens: "09:00", closes: "12:00" }]), "openingHours.0.day", "0 (Monday) to 6 (Sunday)");
    expectIssue(hours([{ day: 1, opens: "9:00", closes: "12:00" }]), "openingHours.0.opens", "HH:MM");
    expectIssue(hours([{ day: 1, opens: "09:00", closes: "24:30" }]), "openingHours.0.closes", "HH:MM");
    const tooMany = Array.from({ length: MAX_OPENING_HOURS + 1 }, (_, index) => ({
      day: index % 7,
      opens: `0${Math.floor(index / 7)}:00`,
      closes: `0${Math.floor(index / 7)}:30`,
    }));
    expectIssue(hours(tooMany), "openingHours", "at most 21");
    expect(
      parseShopMetadata({ ...validShop(), openingHours: tooMany.slice(0, MAX_OPENING_HOURS) }).openingHours,
    ).toHaveLength(MAX_OPENING_HOURS);
  });

  test("rejects an invalid or non-canonical logo CID and accepts a CIDv0", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), logo: "bafkreinotacid" }), "logo", "not a valid CID");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), logo: "https://evil.example/logo.png" }),
      "logo",
      "not a valid CID",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), logo: CIDS.breadBase58 }),
      "logo",
      `canonical form "${CIDS.bread}"`,
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), logo: `${CIDS.bread}${"a".repeat(200)}` }),
      "logo",
      "at most 128",
    );
    expect(parseShopMetadata({ ...validShop(), logo: CIDS.v0 }).logo).toBe(CIDS.v0);
  });

  test("rejects categories and labels that are not distinct slugs or are too many", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), labels: ["Organic"] }), "labels.0", "lower-case slug");
    expectIssue(() => parseShopMetadata({ ...validShop(), labels: ["short--circuit"] }), "labels.0", "lower-case slug");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), categories: ["bakery", "bakery"] }),
      "categories.1",
      'repeats "bakery"',
    );
    const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, index) => `category-${index}`);
    expectIssue(() => parseShopMetadata({ ...validShop(), categories: many }), "categories", "at most 10");
  });

  test("accepts only https: and ipfs: websites without credentials", () => {
    expect(
      parseShopMetadata({
        ...validShop(),
        website: "ipfs://bafkreibvtdhg7fs3esa74jrrnqdlgckqyrvmp6hhekprasvhr5lztf3gru",
      }).website,
    ).toMatch(/^ipfs:/);
    expectIssue(
      () => parseShopMetadata({ ...validShop(), website: "javascript:alert(1)" }),
      "website",
      "https: or ipfs:",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), website: "http://boulangerie.example" }),
      "website",
      "https: or ipfs:",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), website: "data:text/html,<script>alert(1)</script>" }),
      "website",
      "https: or ipfs:",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), website: "https://bank.example@evil.example" }),
      "website",
      "user name or password",
    );
    expectIssue(() => parseShopMetadata({ ...validShop(), website: "boulangerie.example" }), "website", "absolute URL");
  });

  test("rejects a malformed encryption key, currency, country or phone", () => {
    expectIssue(
      () => parseShopMetadata({ ...validShop(), encryptionPublicKey: `0x${"ab".repeat(31)}` }),
      "encryptionPublicKey",
      "32 bytes",
    );
    expectIssue(
      () => parseShopMetadata({ ...validShop(), encryptionPublicKey: `0x${"AB".repeat(32)}` }),
      "encryptionPublicKey",
      "lower-case",
    );
    expectIssue(() => parseShopMetadata({ ...validShop(), priceUnit: "eur" }), "priceUnit", "ISO 4217");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), address: { ...validShop().address, country: "FRA" } }),
      "address.country",
      "ISO 3166-1",
    );
    expectIssue(() => parseShopMetadata({ ...validShop(), phone: "call me" }), "phone", "phone number");
  });

  test("rejects unknown fields instead of passing them through", () => {
    expectIssue(() => parseShopMetadata({ ...validShop(), isVerified: true }), "", "Unrecognized key");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), fulfilment: { pickup: true, ownDelivery: false, drone: true } }),
      "fulfilment",
      "Unrecognized key",
    );
  });

  test("rejects another schema version with a single issue that names it", () => {
    expect(issuesOf(() => parseShopMetadata({ ...validShop(), schema: "grandrue.shop/3", name: "" }))).toEqual([
      {
        path: "schema",
        message: 'unsupported schema "grandrue.shop/3": expected "grandrue.shop/2" or "grandrue.shop/1"',
      },
    ]);
    const { schema, ...withoutSchema } = validShop();
    expectIssue(() => parseShopMetadata(withoutSchema), "schema", 'must be "grandrue.shop/2" or "grandrue.shop/1"');
  });

  test("rejects values that are not objects", () => {
    for (const json of [null, "shop", 42, [validShop()]]) {
      expectIssue(() => parseShopMetadata(json), "", "expected object");
    }
  });

  test("reports every issue and names the first ones in the error message", () => {
    expect(() => parseShopMetadata({ ...validShop(), name: "", priceUnit: "euro" })).toThrow(
      /Invalid grandrue\.shop\/2: name: must not be empty; priceUnit: must be an ISO 4217/,
    );
  });
});
