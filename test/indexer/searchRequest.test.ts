import { indexerSearchParams } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { MAX_LIMIT, parseSearchRequest, SearchRequestError } from "../../indexer/lib/search/searchRequest.ts";
import { termQuery, typoSpellings } from "../../indexer/lib/search/termMatchers.ts";

const parse = (query: string) => parseSearchRequest(new URLSearchParams(query));

describe("parseSearchRequest", () => {
  test("folds accents and drops French and English stop words, as the browser does", () => {
    expect(parse("q=Le+Pain+AU+levain%2C+pain+bio").terms).toEqual(["pain", "levain", "bio"]);
    expect(parse("q=Vélo+électrique+for+the+city").terms).toEqual(["velo", "electrique", "city"]);
  });

  test("applies the defaults of the in-browser search and a page of 20", () => {
    expect(parse("lat=45.76&lon=4.84")).toEqual({
      terms: [],
      near: { lat: 45.76, lon: 4.84 },
      radiusMetres: 2_000,
      includeUnavailable: false,
      limit: 20,
      offset: 0,
    });
  });

  test("normalises categories and labels like the search filters, and keeps attested labels with their issuers", () => {
    const request = parse(
      "category=Fruits+%26+L%C3%A9gumes&label=bio&label=BIO&attested=fait-main&issuer=0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
    );
    expect(request.categories).toEqual(["fruits legumes"]);
    expect(request.labels).toEqual(["bio"]);
    expect(request.attested).toEqual({ label: "fait-main", issuers: ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8"] });
  });

  test.each([
    ["lon=2 (lat is missing)", "lat"],
    ["lat=1&lon=181", "lon"],
    ["radius=100", "radius"],
    ["lat=1&lon=1&radius=-1", "radius"],
    [`limit=${MAX_LIMIT + 1}`, "limit"],
    ["limit=1.5", "limit"],
    ["offset=-1", "offset"],
    ["fulfilment=post", "fulfilment"],
    ["token=0x12", "token"],
    ["includeUnavailable=yes", "includeUnavailable"],
    ["issuer=0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "issuer"],
    ["attested=Bio+Label", "attested"],
    [`q=${"a".repeat(201)}`, "q"],
    ["page=2", "page"],
    [`${Array.from({ length: 11 }, (_, i) => `category=c${i}`).join("&")}`, "category"],
  ])("refuses %s, naming %s", (query, parameter) => {
    expect(() => parse(query.replace(/ \(.*\)$/, ""))).toThrow(
      expect.objectContaining({ name: SearchRequestError.name, parameter }),
    );
  });

  test("reads what the SDK client sends", () => {
    const params = indexerSearchParams({
      text: "pain",
      near: { lat: 47.7, lon: 2.4 },
      radiusMetres: 500,
      categories: ["bakery"],
      attested: { label: "bio" },
      fulfilment: "pickup",
      limit: 5,
      offset: 5,
    });
    expect(parseSearchRequest(params)).toMatchObject({
      terms: ["pain"],
      near: { lat: 47.7, lon: 2.4 },
      radiusMetres: 500,
      categories: ["bakery"],
      attested: { label: "bio" },
      fulfilment: "pickup",
      limit: 5,
      offset: 5,
    });
  });
});

describe("typo spellings", () => {
  test("allow 1 edit from 5 to 7 letters and 2 from 8, never for words under 5 letters, closest first", () => {
    expect(typoSpellings("plane", ["plans", "planet", "plage", "plaie"])).toEqual(["plage", "plaie", "plans"]);
    expect(typoSpellings("pain", ["main", "bain", "paix"])).toEqual([]);
    expect(typoSpellings("croisant", ["croissant", "croisants", "crossant", "croquant"])).toEqual([
      "croissant",
      "crossant",
      "croquant",
    ]);
    expect(typoSpellings("vin", ["vins", "pin"])).toEqual([]);
  });

  test("leave out the word itself and the words it prefixes (the prefix match finds those)", () => {
    expect(typoSpellings("fromag", ["fromage", "fromag", "fromaj"])).toEqual(["fromaj"]);
  });

  test("build a tsquery with the prefix for words of 4 letters or more", () => {
    expect(termQuery("pain", ["paix"])).toBe("'pain':* | 'paix'");
    expect(termQuery("vin", [])).toBe("'vin'");
  });
});
