import {
  analyseQuery,
  DuplicateShopError,
  distanceDecay,
  encodeGeohash,
  foldText,
  InvalidSearchQueryError,
  RANKING_RULES,
  type SearchableItem,
  type SearchableShop,
  ShopSearchIndex,
  type ShopSearchResult,
} from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { syntheticTown } from "../../../bench/search/synthetic-town.ts";

const BELLECOUR = { lat: 45.7578, lon: 4.832 };
const EURE = "0x0000000000000000000000000000000000000e0e" as const;
const USDC = "0x5fbdb2315678afecb367f032d93f642f64180aa3" as const;

/** The point `north` and `east` metres from Place Bellecour. */
function near(north: number, east: number): { lat: number; lon: number } {
  return {
    lat: BELLECOUR.lat + north / 111_195,
    lon: BELLECOUR.lon + east / (111_195 * Math.cos((BELLECOUR.lat * Math.PI) / 180)),
  };
}

function located(north: number, east: number): NonNullable<SearchableShop["location"]> {
  const point = near(north, east);
  return { ...point, geohash: encodeGeohash(point) };
}

function item(id: string, title: string, overrides: Partial<SearchableItem> = {}): SearchableItem {
  return {
    id,
    title,
    description: "",
    categories: [],
    labels: [],
    price: "1.00",
    available: true,
    pickup: true,
    delivery: false,
    ...overrides,
  };
}

function shop(shopId: bigint, name: string, overrides: Partial<SearchableShop> = {}): SearchableShop {
  return {
    shopId,
    name,
    description: "",
    categories: [],
    labels: [],
    location: located(0, 0),
    acceptedTokens: [EURE],
    pickup: true,
    delivery: false,
    status: "ok",
    items: [],
    ...overrides,
  };
}

/** A small neighbourhood of Lyon: ids are listed with their distance from Bellecour. */
function neighbourhood(): SearchableShop[] {
  return [
    shop(1n, "Boulangerie du Vieux Lyon", {
      location: located(100, 0), // 100 m
      categories: ["Boulangerie"],
      description: "Pains et viennoiseries cuits au feu de bois.",
      items: [
        item("levain", "Pain au Levain", { description: "Farine de meule, levain naturel.", labels: ["Bio"] }),
        item("croissant", "Croissant pur beurre", { categories: ["Viennoiserie"] }),
        item("epices", "Pain d'Épices", { available: false }),
      ],
    }),
    shop(2n, "Cycles Martin", {
      location: located(0, 1_200), // 1.2 km
      categories: ["Vélo"],
      delivery: true,
      acceptedTokens: [EURE, USDC],
      items: [
        item("vae", "Vélo électrique de ville", { pickup: false, delivery: true }),
        item("chambre", "Chambre à air 700c"),
      ],
    }),
    shop(3n, "Fromagerie Saint-Jean", {
      location: located(-800, 0), // 800 m
      categories: ["Fromagerie"],
      labels: ["Circuit court"],
      items: [
        item("comte", "Comté affiné 18 mois"),
        item("saint-marcellin", "Saint-Marcellin", { labels: ["Fermier"] }),
      ],
    }),
    shop(4n, "Épicerie Paysanne", {
      location: located(300, 300), // 424 m
      categories: ["Épicerie"],
      status: "catalog-missing",
      statusReason: "catalog CID bafy… not found on the gateway",
    }),
    shop(5n, "Boutique n°5", {
      location: undefined,
      status: "metadata-missing",
      statusReason: "metadata CID bafy… not found on the gateway",
      categories: [],
    }),
    shop(6n, "Boulangerie Fermée", {
      location: located(50, 50),
      status: "inactive",
      statusReason: "deactivated by its owner",
    }),
    shop(7n, "Fournil de Villeurbanne", {
      location: located(3_000, 4_000), // 5 km
      categories: ["Boulangerie"],
      items: [item("levain-bio", "Pain au levain bio")],
    }),
    shop(8n, "Atelier Vélo Cassé", {
      location: { lat: Number.NaN, lon: 4.8, geohash: "" },
      status: "metadata-invalid",
      statusReason: "coordinates out of range",
    }),
    shop(9n, "Fournil de Vaise", {
      location: located(4_000, -1_000), // 4.1 km
      categories: ["Boulangerie"],
      items: [item("levain", "Pain au levain")],
    }),
  ];
}

function ids(results: ShopSearchResult[]): bigint[] {
  return results.map((result) => result.shop.shopId);
}

function byId(results: ShopSearchResult[], shopId: bigint): ShopSearchResult {
  const found = results.find((result) => result.shop.shopId === shopId);
  if (found === undefined) throw new Error(`shop ${shopId} not in results ${ids(results).join(", ")}`);
  return found;
}

describe("text analysis", () => {
  test("folds case, accents and ligatures", () => {
    expect(foldText("Œufs à la Crème ÉPAISSE")).toBe("oeufs a la creme epaisse");
    expect(foldText("ve\u0301lo")).toBe("velo");
  });

  test("drops French and English stop words and repeated words", () => {
    expect(analyseQuery("Le pain AU levain, l'autre pain of the day")).toEqual(["pain", "levain", "autre", "day"]);
  });
});

describe("ShopSearchIndex text matching", () => {
  const index = new ShopSearchIndex(neighbourhood());

  test('"pain au levain" finds "Pain au Levain" whatever the case, with the matching item first', () => {
    for (const text of ["pain au levain", "PAIN AU LEVAIN", "Pain au Levain"]) {
      const results = index.search({ text });
      expect(ids(results).sort()).toEqual([1n, 7n, 9n]);
      expect(byId(results, 1n).matchedItems[0]?.id).toBe("levain");
    }
  });

  test('"velo" finds "Vélo" and "vélo" written with a combining accent finds it too', () => {
    expect(ids(index.search({ text: "velo" }))).toContain(2n);
    expect(ids(index.search({ text: "ve\u0301lo ÉLECTRIQUE" }))).toEqual([2n]);
    expect(byId(index.search({ text: "velo electrique" }), 2n).matchedItems.map((matched) => matched.id)).toEqual([
      "vae",
    ]);
  });

  test("words of 4 letters or more match as a prefix, and words of 5 or more with a small typo", () => {
    expect(ids(index.search({ text: "fromag" }))).toEqual([3n]);
    expect(ids(index.search({ text: "croisant" }))).toEqual([1n]);
    expect(byId(index.search({ text: "croisant" }), 1n).matchedItems.map((matched) => matched.id)).toEqual([
      "croissant",
    ]);
    expect(ids(index.search({ text: "comtr" }))).toEqual([3n]);
  });

  test('a 4-letter word matches no typo: "pain" does not find a craft shop\'s "main"', () => {
    const town = new ShopSearchIndex([
      shop(1n, "Fournil", { items: [item("levain", "Pain au levain")] }),
      shop(2n, "Atelier couture", { items: [item("ourlet", "Ourlet", { description: "Cousu à la main." })] }),
    ]);
    expect(ids(town.search({ text: "pain" }))).toEqual([1n]);
    expect(ids(town.search({ text: "main" }))).toEqual([2n]);
  });

  test("words joined by a hyphen are one word: a toaster is no bread, and is found as a toaster", () => {
    const town = new ShopSearchIndex([
      shop(1n, "Fournil", { items: [item("levain", "Pain au levain")] }),
      shop(2n, "Repair Café", { description: "Apportez votre grille-pain ou votre chou-fleur en plastique." }),
    ]);
    expect(ids(town.search({ text: "pain" }))).toEqual([1n]);
    expect(ids(town.search({ text: "grille-pain" }))).toEqual([2n]);
    expect(ids(town.search({ text: "grille" }))).toEqual([2n]);
    expect(ids(town.search({ text: "GRILLE‐PAIN" }))).toEqual([2n]);
  });

  test("words are never gathered from two items: each item, with the shop's own text, must hold them all", () => {
    const town = new ShopSearchIndex([
      shop(1n, "Cycles", { items: [item("chambre", "Chambre à air 700c")] }),
      shop(2n, "Boucherie", {
        items: [
          item("cote", "Côte de bœuf", { description: "Rassise dans notre chambre froide." }),
          item("poulet", "Poulet fermier", { description: "Élevé en plein air." }),
        ],
      }),
      shop(3n, "Hôtel du Port", { description: "Une chambre avec vue.", items: [item("diner", "Dîner en plein air")] }),
    ]);
    expect(ids(town.search({ text: "chambre à air" })).sort()).toEqual([1n, 3n]);
    expect(byId(town.search({ text: "chambre air" }), 3n).matchedItems.map((matched) => matched.id)).toEqual(["diner"]);
  });

  test("words of 3 letters or fewer match exactly only", () => {
    expect(index.search({ text: "vel" })).toEqual([]);
    expect(index.search({ text: "pai" })).toEqual([]);
  });

  test("every word must match, in the shop itself or in one of its items", () => {
    expect(ids(index.search({ text: "boulangerie croissant" }))).toEqual([1n]);
    expect(index.search({ text: "croissant vélo" })).toEqual([]);
  });

  test("a query of stop words only lists shops as if there were no text", () => {
    expect(ids(index.search({ text: "le la les" }))).toEqual(ids(index.search({})));
  });

  test("words may be spread over the shop description and an item title", () => {
    expect(ids(index.search({ text: "pain levain bois" }))).toEqual([1n]);
  });

  test("a shop whose item title holds every word ranks above one matching them in passing", () => {
    const pair = new ShopSearchIndex([
      shop(50n, "Boulangerie Nord", {
        description: "Notre levain a vingt ans.",
        items: [item("campagne", "Pain de campagne")],
      }),
      shop(51n, "Boulangerie Sud", { items: [item("levain", "Pain au levain")] }),
    ]);
    const results = pair.search({ text: "pain levain", near: BELLECOUR });
    expect(ids(results)).toEqual([51n, 50n]);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  test("items that are not available do not match unless asked for", () => {
    expect(index.search({ text: "épices" })).toEqual([]);
    const results = index.search({ text: "épices", includeUnavailable: true });
    expect(ids(results)).toEqual([1n]);
    expect(results[0]?.matchedItems.map((matched) => matched.id)).toEqual(["epices"]);
  });

  test("without text, no items are listed as matched", () => {
    expect(index.search({}).every((result) => result.matchedItems.length === 0)).toBe(true);
  });
});

describe("ShopSearchIndex filters", () => {
  const index = new ShopSearchIndex(neighbourhood());

  test("fulfilment keeps shops and items offering it", () => {
    expect(ids(index.search({ fulfilment: "delivery" }))).toEqual([2n]);
    expect(ids(index.search({ text: "vélo électrique", fulfilment: "pickup" }))).toEqual([]);
    const delivery = index.search({ text: "chambre", fulfilment: "delivery" });
    expect(delivery).toEqual([]);
  });

  test("categories keep shops or items in any of them, ignoring case and accents", () => {
    expect(ids(index.search({ categories: ["boulangerie"] })).sort()).toEqual([1n, 7n, 9n]);
    expect(ids(index.search({ categories: ["EPICERIE", "velo"] })).sort()).toEqual([2n, 4n]);
    const viennoiserie = index.search({ text: "pain croissant", categories: ["Viennoiserie"] });
    expect(ids(viennoiserie)).toEqual([1n]);
    expect(viennoiserie[0]?.matchedItems.map((matched) => matched.id)).toEqual(["croissant"]);
  });

  test("labels must all be present; a shop label counts for all its items", () => {
    expect(ids(index.search({ text: "pain", labels: ["bio"] }))).toEqual([1n]);
    expect(ids(index.search({ labels: ["circuit court", "fermier"] }))).toEqual([3n]);
    expect(index.search({ labels: ["bio", "fermier"] })).toEqual([]);
  });

  test("token keeps shops accepting it, whatever the address case", () => {
    expect(ids(index.search({ token: USDC.toUpperCase().replace("0X", "0x") as `0x${string}` }))).toEqual([2n]);
  });
});

describe("ShopSearchIndex location", () => {
  const index = new ShopSearchIndex(neighbourhood());

  test("keeps only shops within the radius, with their distance", () => {
    const results = index.search({ near: BELLECOUR, radiusMetres: 1_000 });
    expect(ids(results)).toEqual([1n, 4n, 3n]);
    expect(results.map((result) => Math.round(result.distanceMetres!))).toEqual([100, 424, 800]);
    expect(results.every((result) => !result.isFarther)).toBe(true);
  });

  test("ranks equally relevant shops nearest first, with the documented decay", () => {
    const results = index.search({ text: "pain au levain", near: BELLECOUR, radiusMetres: 10_000 });
    expect(ids(results)).toEqual([1n, 9n, 7n]);
    const fournil = byId(results, 9n);
    const villeurbanne = byId(results, 7n);
    expect(fournil.score).toBeGreaterThan(villeurbanne.score);
    expect(distanceDecay(5_000, 10_000)).toBe(0.5);
  });

  test("falls back to the nearest farther matches, marked as farther", () => {
    const results = index.search({ text: "levain", near: near(-3_000, 0), radiusMetres: 1_000 });
    expect(ids(results)).toEqual([1n, 9n, 7n]);
    expect(results.every((result) => result.isFarther)).toBe(true);
    const distances = results.map((result) => result.distanceMetres!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeGreaterThan(1_000);
  });

  test("falls back to the nearest shops when a browse finds nothing within the radius", () => {
    const results = index.search({ near: near(10_000, 10_000), radiusMetres: 500, limit: 2 });
    expect(ids(results)).toEqual([7n, 9n]); // 9.2 km and 12.5 km; Cycles Martin is 13.3 km away
    expect(results.every((result) => result.isFarther)).toBe(true);
  });

  test("returns nothing when nothing matches anywhere", () => {
    expect(index.search({ text: "ordinateur", near: BELLECOUR })).toEqual([]);
  });

  test("respects the limit", () => {
    expect(index.search({ near: BELLECOUR, radiusMetres: 10_000, limit: 2 })).toHaveLength(2);
  });
});

describe("ShopSearchIndex broken and inactive shops", () => {
  const index = new ShopSearchIndex(neighbourhood());

  test("a shop without metadata is found by its name, with its status and reason", () => {
    const [result] = index.search({ text: "boutique" });
    expect(result?.shop).toMatchObject({
      shopId: 5n,
      status: "metadata-missing",
      statusReason: "metadata CID bafy… not found on the gateway",
    });
  });

  test("shops without a usable location never appear around a location", () => {
    for (const text of ["boutique", "atelier vélo"]) {
      const results = index.search({ text, near: BELLECOUR, radiusMetres: 20_000 });
      expect(ids(results)).not.toContain(5n);
      expect(ids(results)).not.toContain(8n);
    }
    expect(ids(index.search({ text: "atelier" }))).toEqual([8n]);
  });

  test("an inactive shop appears only when its name matches, carrying its status", () => {
    expect(ids(index.search({ near: BELLECOUR, radiusMetres: 500 }))).not.toContain(6n);
    const results = index.search({ text: "boulangerie" });
    expect(byId(results, 6n).shop.status).toBe("inactive");
    expect(ids(index.search({ text: "fermée" }))).toEqual([6n]);
  });

  test("a shop with a missing catalog is still listed by its own text and location", () => {
    expect(ids(index.search({ text: "paysanne", near: BELLECOUR }))).toEqual([4n]);
    expect(byId(index.search({ near: BELLECOUR }), 4n).shop.statusReason).toMatch(/catalog/);
  });

  test("name matches of broken shops nearby do not hide farther listed shops", () => {
    const results = index.search({ text: "boulangerie fermée", near: BELLECOUR, radiusMetres: 200 });
    expect(ids(results)).toEqual([6n]);
    const withFarther = index.search({ text: "boulangerie", near: near(60, 60), radiusMetres: 20 });
    expect(withFarther[0]).toMatchObject({ isFarther: false, shop: { shopId: 6n } });
    expect(withFarther.slice(1).every((result) => result.isFarther)).toBe(true);
    expect(ids(withFarther.slice(1))).toEqual([1n, 9n, 7n]);
  });
});

describe("ShopSearchIndex updates", () => {
  test("update replaces a shop and its items", () => {
    const index = new ShopSearchIndex(neighbourhood());
    const [bakery] = neighbourhood();
    index.update({
      ...bakery!,
      name: "Pâtisserie du Vieux Lyon",
      categories: ["Pâtisserie"],
      items: [item("tarte", "Tarte aux pralines")],
    });
    expect(ids(index.search({ text: "patisserie praline" }))).toEqual([1n]);
    expect(ids(index.search({ text: "croissant" }))).toEqual([]);
    expect(index.size).toBe(9);
  });

  test("update adds a shop that was not indexed, and moves a shop that changed location", () => {
    const index = new ShopSearchIndex();
    index.update(shop(10n, "Torréfaction", { location: located(0, 0) }));
    expect(ids(index.search({ near: BELLECOUR, radiusMetres: 100 }))).toEqual([10n]);
    index.update(shop(10n, "Torréfaction", { location: located(5_000, 0) }));
    expect(ids(index.search({ near: BELLECOUR, radiusMetres: 100 }))[0]).toBe(10n);
    expect(index.search({ near: BELLECOUR, radiusMetres: 100 })[0]?.isFarther).toBe(true);
  });

  test("remove forgets a shop and its items, and reports unknown ids", () => {
    const index = new ShopSearchIndex(neighbourhood());
    expect(index.remove(2n)).toBe(true);
    expect(index.remove(2n)).toBe(false);
    expect(index.has(2n)).toBe(false);
    expect(index.search({ text: "vélo électrique" })).toEqual([]);
    expect(ids(index.search({ near: BELLECOUR, radiusMetres: 2_000 }))).not.toContain(2n);
  });

  test("add rejects a known or repeated id and adds nothing from that batch", () => {
    const index = new ShopSearchIndex(neighbourhood());
    expect(() => index.add([shop(20n, "Nouveau"), shop(1n, "Doublon")])).toThrow(DuplicateShopError);
    expect(() => index.add([shop(21n, "A"), shop(21n, "B")])).toThrow(/Shop 21 is already/);
    expect(index.has(20n)).toBe(false);
    expect(index.has(21n)).toBe(false);
  });

  test("mutating an indexed shop object afterwards does not corrupt the index", () => {
    const shops = neighbourhood();
    const index = new ShopSearchIndex(shops);
    shops[0]!.name = "Nom changé en place";
    shops[0]!.items[0]!.title = "Autre chose";
    expect(index.remove(1n)).toBe(true);
    expect(
      index
        .search({ text: "levain" })
        .map((result) => result.shop.shopId)
        .sort(),
    ).toEqual([7n, 9n]);
  });
});

describe("ShopSearchIndex determinism and neutrality", () => {
  function shuffled<T>(values: T[], seed: number): T[] {
    const copy = [...values];
    let state = seed;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  test("the same shops and query give the same results whatever the insertion order", () => {
    const town = syntheticTown(400, 6, 3);
    const queries = [
      { text: "pain au levain" },
      { text: "velo", near: { lat: 45.76, lon: 4.84 }, radiusMetres: 3_000 },
      { text: "fromag bio", includeUnavailable: true },
      { near: { lat: 45.75, lon: 4.82 } },
      { text: "miel", near: { lat: 45.9, lon: 5.1 }, radiusMetres: 100 },
    ];
    const reference = new ShopSearchIndex(town);
    const updated = new ShopSearchIndex(shuffled(town, 1));
    for (const shop of shuffled(town, 2).slice(0, 100)) {
      updated.remove(shop.shopId);
      updated.update({ ...shop, name: "temporaire" });
      updated.update(shop);
    }
    for (const query of queries) {
      const expected = reference.search(query);
      expect(expected.length).toBeGreaterThan(0);
      expect(new ShopSearchIndex(shuffled(town, 7)).search(query)).toEqual(expected);
      expect(updated.search(query)).toEqual(expected);
    }
  });

  test("ties are broken by distance, then by shop id", () => {
    const twins = [
      shop(31n, "Miellerie", { location: located(200, 0) }),
      shop(30n, "Miellerie", { location: located(200, 0) }),
      shop(32n, "Miellerie", { location: located(100, 0) }),
    ];
    const index = new ShopSearchIndex(twins);
    expect(ids(index.search({ text: "miellerie", near: BELLECOUR }))).toEqual([32n, 30n, 31n]);
    expect(ids(index.search({ text: "miellerie" }))).toEqual([30n, 31n, 32n]);
  });

  test("ratings and accepted tokens never change the order", () => {
    const index = new ShopSearchIndex([
      shop(40n, "Torréfacteur", { rating: { count: 500, average: 5 }, acceptedTokens: [EURE, USDC] }),
      shop(41n, "Torréfacteur", { rating: { count: 1, average: 1 } }),
    ]);
    expect(ids(index.search({ text: "torréfacteur", near: BELLECOUR }))).toEqual([40n, 41n]);
    const reversed = new ShopSearchIndex([
      shop(40n, "Torréfacteur", { rating: { count: 1, average: 1 } }),
      shop(41n, "Torréfacteur", { rating: { count: 500, average: 5 } }),
    ]);
    expect(ids(reversed.search({ text: "torréfacteur", near: BELLECOUR }))).toEqual([40n, 41n]);
  });

  test("the ranking rules say what the code does", () => {
    expect(RANKING_RULES).toMatch(/Nobody can pay for placement/);
    expect(RANKING_RULES).toMatch(/half-distance = radius \/ 2/);
    expect(distanceDecay(1_000, 2_000)).toBe(0.5);
    expect(distanceDecay(2_000, 2_000)).toBe(0.25);
  });
});

describe("ShopSearchIndex query validation", () => {
  const index = new ShopSearchIndex(neighbourhood());

  test("rejects out-of-range parameters with an error naming the parameter", () => {
    expect(() => index.search({ near: { lat: 95, lon: 0 } })).toThrow(InvalidSearchQueryError);
    expect(() => index.search({ near: BELLECOUR, radiusMetres: -5 })).toThrow(/radiusMetres must be/);
    expect(() => index.search({ limit: 0 })).toThrow(/limit must be a positive integer/);
    expect(() => index.search({ limit: 2.5 })).toThrow(InvalidSearchQueryError);
  });
});
