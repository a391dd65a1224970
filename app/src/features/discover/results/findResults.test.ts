import { describe, expect, test } from "vitest";
import { indexedShop } from "../../../test/shopFixtures.ts";
import { findResult } from "../test/fixtures.ts";
import { findPath, parseFindParams } from "./findParams.ts";
import { facetsOf, isGatewayUnreachable, matchedItemsOf, nearestFirst, searchQueryFor } from "./findResults.ts";

describe("find parameters", () => {
  test("read the need and known filters from the address, leaving out unknown values", () => {
    expect(parseFindParams("q=pain+au+levain&category=bakery&fulfilment=pickup")).toEqual({
      need: "pain au levain",
      category: "bakery",
      fulfilment: "pickup",
    });
    expect(parseFindParams("q=&fulfilment=drone&label=")).toEqual({ need: "" });
  });

  test("write them back, and the bare page when there is nothing", () => {
    expect(findPath({ need: "vélo", fulfilment: "delivery" })).toBe("/?q=v%C3%A9lo&fulfilment=delivery");
    expect(findPath({ need: " " })).toBe("/");
    expect(parseFindParams(findPath({ need: "pain", label: "organic" }).slice(2))).toEqual({
      need: "pain",
      label: "organic",
    });
  });

  test("become the search engine's query around the place", () => {
    expect(searchQueryFor({ need: "pain", label: "organic", fulfilment: "pickup" }, { lat: 47.7, lon: 2.4 })).toEqual({
      text: "pain",
      near: { lat: 47.7, lon: 2.4 },
      labels: ["organic"],
      fulfilment: "pickup",
    });
    expect(searchQueryFor({ need: "" }, undefined)).toEqual({});
  });
});

describe("results", () => {
  test("come nearest first, shops without a distance last", () => {
    const results = [
      findResult({ shopId: 1n, distanceMetres: 900 }),
      findResult({ shopId: 2n }),
      findResult({ shopId: 3n, distanceMetres: 80 }),
    ];
    expect(nearestFirst(results).map((result) => result.shop.shopId)).toEqual([3n, 1n, 2n]);
  });

  test("list their matched items from the catalog, best first, skipping ids no longer there", () => {
    const result = findResult({ shopId: 1n, matched: ["baguette", "gone", "pain-au-levain"] });
    expect(matchedItemsOf(result).map((item) => item.id)).toEqual(["baguette", "pain-au-levain"]);
  });

  test("offer the categories and labels of the shops and matched items, keeping the chosen ones", () => {
    const facets = facetsOf([findResult({ shopId: 1n, matched: ["pain-au-levain"] })], { labels: ["vegan"] });
    expect(facets.categories).toEqual(["bakery", "bread"]);
    expect(facets.labels).toEqual(["organic", "short-circuit", "vegan"]);
  });
});

describe("isGatewayUnreachable", () => {
  const unread = (shopId: bigint) =>
    indexedShop({ shopId, status: "metadata-missing", statusReason: "Could not read bafy…: fetch failed" });

  test("is true when no shop's published documents could be read", () => {
    expect(isGatewayUnreachable([unread(1n), unread(2n)])).toBe(true);
  });

  test("is false when one shop could be read: the others have their own problem", () => {
    expect(isGatewayUnreachable([unread(1n), indexedShop({ shopId: 2n })])).toBe(false);
    expect(
      isGatewayUnreachable([indexedShop({ shopId: 3n, status: "metadata-invalid", statusReason: "Invalid document" })]),
    ).toBe(false);
  });

  test("is false without any published document", () => {
    expect(isGatewayUnreachable([])).toBe(false);
  });
});
