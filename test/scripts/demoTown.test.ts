import {
  computeOrderTotals,
  encodeGeohash,
  haversineMetres,
  type LatLon,
  parseLabelIssuerProfile,
  parseLoyaltyReward,
  parseOrderItems,
  parseReview,
  parseReviewReply,
  parseShippingDetails,
  prepareOrder,
  priceToMinorUnits,
  priceToTokenAmount,
  type SearchableShop,
  ShopSearchIndex,
  type ShopSearchResult,
} from "@grandrue/sdk";
import { Window } from "happy-dom";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import { describe, expect, test } from "vitest";
import {
  carrierAccountIndex,
  DEMO_CARRIERS,
  DEMO_CATALOGS,
  DEMO_GUARANTEE_BONDS,
  DEMO_LABEL_ATTESTATIONS,
  DEMO_LABEL_ISSUERS,
  DEMO_LOYALTY_PROGRAMS,
  DEMO_PAST_ORDERS,
  DEMO_PAYMENT_RATES,
  DEMO_PEOPLE,
  DEMO_PLACES,
  DEMO_SHOPS,
  DEMO_TOWN,
  type DemoPastOrder,
  type DemoPlace,
  type DemoShop,
  demoCarrier,
  demoLabelIssuer,
  demoShop,
  demoShopper,
  type GeneratedImage,
  GeneratedImageTooLargeError,
  ILLUSTRATIONS,
  InvalidSvgNameError,
  initialsOf,
  itemImage,
  labelIssuerAccountIndex,
  MAX_GENERATED_IMAGE_BYTES,
  MONDAY,
  pastOrderDeliveryFee,
  pastOrderLines,
  shopLogo,
  shopOwnerAccountIndex,
  toCarrierProfile,
  toCatalog,
  toShopMetadata,
  UnknownDemoEntryError,
} from "../../scripts/lib/demo-town/index.ts";
import { svg } from "../../scripts/lib/demo-town/svg.ts";
import { LOCAL_CHAIN_ACCOUNT_COUNT } from "../../scripts/lib/dev-stack/localChain.ts";

const ENCRYPTION_KEY = `0x${"ab".repeat(32)}` as const;
const CARRIER_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const NATIVE_TOKEN = "0x0000000000000000000000000000000000000000" as const;

const TOWN_SHOPS = DEMO_SHOPS.filter((shop) => !shop.categories.includes("farm-producer"));
const FARM = demoShop("ferme-des-noues");

async function cidOf(image: GeneratedImage): Promise<string> {
  return CID.createV1(raw.code, await sha256.digest(image.bytes)).toString();
}

function decode(image: GeneratedImage): string {
  return new TextDecoder().decode(image.bytes);
}

function kilometres(a: LatLon, b: LatLon): number {
  return haversineMetres(a, b) / 1000;
}

function isInCarrierArea(carrierKey: DemoShop["acceptance"]["carriers"][number], point: LatLon): boolean {
  const cell = encodeGeohash(point, 12);
  return demoCarrier(carrierKey).serviceArea.geohashes.some((prefix) => cell.startsWith(prefix));
}

function place(key: DemoPlace["key"]): LatLon {
  const found = DEMO_PLACES.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no demo place ${key}`);
  return found.location;
}

function searchableShops(): SearchableShop[] {
  return DEMO_SHOPS.map((shop, index) => ({
    shopId: BigInt(index + 1),
    name: shop.name,
    description: shop.description,
    categories: shop.categories,
    labels: shop.labels,
    location: { ...shop.location, geohash: encodeGeohash(shop.location) },
    acceptedTokens: [],
    pickup: shop.fulfilment.pickup,
    delivery: shop.fulfilment.ownDelivery || shop.acceptance.carriers.length > 0,
    status: "ok",
    items: DEMO_CATALOGS[shop.key].map(
      ({ illustration: _illustration, variants: _variants, unit: _unit, ...item }) => item,
    ),
  }));
}

function shopNames(results: ShopSearchResult[]): string[] {
  return results.map((result) => result.shop.name);
}

const XML_PARSER = new new Window().DOMParser();

/** Parses SVG text as XML with happy-dom and returns the document, failing on any parse error. */
function parseSvg(text: string): Document {
  const document = XML_PARSER.parseFromString(text, "image/svg+xml") as unknown as Document;
  expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
  return document;
}

function allImages(): { label: string; image: GeneratedImage }[] {
  return [
    ...DEMO_SHOPS.map((shop) => ({ label: `logo of ${shop.key}`, image: shopLogo(shop) })),
    ...DEMO_SHOPS.flatMap((shop) =>
      DEMO_CATALOGS[shop.key].map((item) => ({ label: `image of ${item.id}`, image: itemImage(item) })),
    ),
  ];
}

describe("the demo town", () => {
  test("is an invented town placed in metropolitan France, with a French postcode", () => {
    expect(DEMO_TOWN.centre.lat).toBeGreaterThan(42.3);
    expect(DEMO_TOWN.centre.lat).toBeLessThan(51.1);
    expect(DEMO_TOWN.centre.lon).toBeGreaterThan(-4.8);
    expect(DEMO_TOWN.centre.lon).toBeLessThan(8.3);
    expect(DEMO_TOWN.postcode).toMatch(/^\d{5}$/);
    for (const shop of DEMO_SHOPS) {
      expect(shop.address).toMatchObject({ postcode: DEMO_TOWN.postcode, city: DEMO_TOWN.name, country: "FR" });
    }
  });

  test("has about twelve shops with unique keys, each with its catalog", () => {
    expect(DEMO_SHOPS.length).toBeGreaterThanOrEqual(10);
    expect(DEMO_SHOPS.length).toBeLessThanOrEqual(15);
    expect(new Set(DEMO_SHOPS.map((shop) => shop.key)).size).toBe(DEMO_SHOPS.length);
    expect(Object.keys(DEMO_CATALOGS).sort()).toEqual(DEMO_SHOPS.map((shop) => shop.key).sort());
  });

  test("puts the town shops within 1 km of the centre, apart from each other, and the farm 5 to 12 km out", () => {
    expect(TOWN_SHOPS).toHaveLength(DEMO_SHOPS.length - 1);
    for (const shop of TOWN_SHOPS) expect(kilometres(shop.location, DEMO_TOWN.centre)).toBeLessThanOrEqual(1);
    const farmDistance = kilometres(FARM.location, DEMO_TOWN.centre);
    expect(farmDistance).toBeGreaterThanOrEqual(5);
    expect(farmDistance).toBeLessThanOrEqual(12);
    for (const [index, shop] of TOWN_SHOPS.entries()) {
      for (const other of TOWN_SHOPS.slice(index + 1)) {
        expect(haversineMetres(shop.location, other.location), `${shop.key} to ${other.key}`).toBeGreaterThan(100);
      }
    }
  });

  test("keeps every service window within the demo's ranges", () => {
    for (const { key, windows } of DEMO_SHOPS) {
      expect(windows.acceptHours, key).toBeGreaterThanOrEqual(24);
      expect(windows.acceptHours, key).toBeLessThanOrEqual(72);
      expect(windows.shipHours, key).toBeGreaterThanOrEqual(24);
      expect(windows.shipHours, key).toBeLessThanOrEqual(96);
      expect(windows.deliveryHours, key).toBeGreaterThanOrEqual(24);
      expect(windows.deliveryHours, key).toBeLessThanOrEqual(120);
      expect(windows.returnHours, key).toBeGreaterThanOrEqual(168);
      expect(windows.returnHours, key).toBeLessThanOrEqual(720);
    }
  });

  test("closes the bakery on Monday and opens every shop at least one day a week", () => {
    for (const shop of DEMO_SHOPS) expect(shop.openingHours.length, shop.key).toBeGreaterThan(0);
    const bakery = demoShop("fournil-de-la-halle");
    expect(bakery.openingHours.some((period) => period.day === MONDAY)).toBe(false);
  });

  test("lets most shops take the local currency, and every shop some payment", () => {
    for (const shop of DEMO_SHOPS) expect(shop.acceptance.payments.length, shop.key).toBeGreaterThan(0);
    const local = DEMO_SHOPS.filter((shop) => shop.acceptance.payments.includes("local-currency"));
    expect(local.length).toBeGreaterThan(DEMO_SHOPS.length / 2);
    expect(DEMO_PAYMENT_RATES["local-currency"]).toBe(10n ** 18n);
    const oneEtherInEuros = priceToTokenAmount("3000.00", DEMO_PAYMENT_RATES.eth);
    expect(10n ** 18n - oneEtherInEuros).toBeGreaterThanOrEqual(0n);
    expect(10n ** 18n - oneEtherInEuros).toBeLessThan(10_000n);
  });
});

describe("the demo documents", () => {
  test("every shop, completed with its logo CID and an encryption key, passes parseShopMetadata", async () => {
    for (const shop of DEMO_SHOPS) {
      const logoCid = await cidOf(shopLogo(shop));
      const metadata = toShopMetadata(shop, { encryptionPublicKey: ENCRYPTION_KEY, logoCid });
      expect(metadata.logo).toBe(logoCid);
      expect(metadata.location.geohash).toBe(encodeGeohash(shop.location));
      expect(metadata).not.toHaveProperty("key");
      expect(metadata).not.toHaveProperty("windows");
    }
  });

  test("every catalog, completed with its image CIDs, passes parseCatalog and has 5 to 20 items", async () => {
    for (const shop of DEMO_SHOPS) {
      const items = DEMO_CATALOGS[shop.key];
      expect(items.length, shop.key).toBeGreaterThanOrEqual(5);
      expect(items.length, shop.key).toBeLessThanOrEqual(20);
      const imageCids = Object.fromEntries(
        await Promise.all(items.map(async (item) => [item.id, await cidOf(itemImage(item))])),
      );
      const catalog = toCatalog(shop, { updatedAt: "2026-11-20T08:00:00Z", imageCids });
      expect(catalog.items.map((item) => item.images)).toEqual(items.map((item) => [imageCids[item.id]]));
      expect(catalog.items[0]).not.toHaveProperty("illustration");
    }
  });

  test("every carrier, completed with an encryption key, passes parseCarrierProfile", () => {
    expect(DEMO_CARRIERS.map((carrier) => carrier.vehicle).sort()).toEqual(["cargo-bike", "electric-van"]);
    for (const carrier of DEMO_CARRIERS) {
      expect(toCarrierProfile(carrier, { encryptionPublicKey: ENCRYPTION_KEY }).fees.length).toBeGreaterThan(0);
    }
  });

  test("uses item ids unique across the town and variant ids unique within each item", () => {
    const ids = DEMO_SHOPS.flatMap((shop) => DEMO_CATALOGS[shop.key].map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of Object.values(DEMO_CATALOGS).flat()) {
      expect(new Set(item.variants.map((variant) => variant.id)).size, item.id).toBe(item.variants.length);
    }
  });

  test("marks a few items unavailable, and offers for delivery only what the shop can deliver", () => {
    const items = Object.values(DEMO_CATALOGS).flat();
    const unavailable = items.filter((item) => !item.available);
    expect(unavailable.length).toBeGreaterThanOrEqual(3);
    expect(unavailable.length).toBeLessThan(items.length / 4);
    for (const shop of DEMO_SHOPS) {
      const canDeliver = shop.fulfilment.ownDelivery || shop.acceptance.carriers.length > 0;
      for (const item of DEMO_CATALOGS[shop.key]) {
        if (item.delivery) expect(canDeliver, `${shop.key}/${item.id}`).toBe(true);
        if (item.pickup) expect(shop.fulfilment.pickup, `${shop.key}/${item.id}`).toBe(true);
        expect(item.pickup || item.delivery, `${shop.key}/${item.id}`).toBe(true);
      }
    }
  });
});

describe("the demo carriers", () => {
  test("serve every shop that accepts them, the bike couriers the town only and the vans the farm too", () => {
    for (const shop of DEMO_SHOPS) {
      for (const carrier of shop.acceptance.carriers)
        expect(isInCarrierArea(carrier, shop.location), `${shop.key} ${carrier}`).toBe(true);
    }
    for (const shop of TOWN_SHOPS) expect(isInCarrierArea("bike-courier", shop.location), shop.key).toBe(true);
    expect(isInCarrierArea("bike-courier", FARM.location)).toBe(false);
    expect(isInCarrierArea("electric-van", FARM.location)).toBe(true);
    expect(FARM.acceptance.carriers).toEqual(["electric-van"]);
  });

  test("list their fees from the nearest to the farthest, ending with one without a distance limit", () => {
    for (const carrier of DEMO_CARRIERS) {
      const limits = carrier.fees.map((fee) => fee.maxDistanceKm ?? Number.POSITIVE_INFINITY);
      expect(limits).toEqual([...limits].sort((a, b) => a - b));
      expect(carrier.fees.at(-1)?.maxDistanceKm).toBeUndefined();
      const prices = carrier.fees.map((fee) => priceToMinorUnits(fee.price));
      expect(prices).toEqual([...prices].sort((a, b) => Number(a - b)));
    }
    expect(demoCarrier("bike-courier").fees[0]).toMatchObject({ price: "3.50" });
  });
});

describe("searching the demo town", () => {
  const index = new ShopSearchIndex(searchableShops());

  test('finds the bakery first for "pain au levain" from the market square, with its Pain au levain', () => {
    const [first, ...others] = index.search({ text: "pain au levain", near: place("place-du-marche") });
    expect(first?.shop.name).toBe("Le Fournil de la Halle");
    expect(first?.isFarther).toBe(false);
    expect(first?.matchedItems[0]?.id).toBe("pain-au-levain");
    expect(shopNames(others)).not.toContain(FARM.name);
  });

  test('finds the bike shop and the repair café for "vélo", "réparation" and "réparation de vélo"', () => {
    for (const text of ["vélo", "réparation", "velo", "réparation de vélo"]) {
      const names = shopNames(index.search({ text, near: place("place-du-marche") }));
      expect(names, text).toEqual(expect.arrayContaining(["Cycles Girard", "Repair Café d’Aubrelle"]));
    }
    const repairCafe = index
      .search({ text: "réparation de vélo", near: place("place-du-marche") })
      .find((result) => result.shop.name === "Repair Café d’Aubrelle");
    expect(repairCafe?.matchedItems[0]?.id).toBe("reparation-velo-accompagnee");
  });

  test('finds bread for "pain", never the repair café that mends toasters (grille-pain) and sews by hand (main)', () => {
    const results = index.search({ text: "pain", near: place("place-du-marche") });
    expect(results[0]?.shop.name).toBe("Le Fournil de la Halle");
    expect(shopNames(results)).not.toContain("Repair Café d’Aubrelle");
    expect(shopNames(results)).toEqual(["Le Fournil de la Halle", "La Musette, épicerie vrac"]);
  });

  test("finds the bike shop's inner tube for \"chambre à air\", never the butcher's cold room and free-range chicken", () => {
    const results = index.search({ text: "chambre à air", near: place("place-du-marche") });
    expect(shopNames(results)).toEqual(["Cycles Girard"]);
    expect(results[0]?.matchedItems[0]?.id).toBe("chambre-a-air");
  });

  test('finds the farm\'s wood-fired bread for "pain au levain" from the hamlet next to the farm', () => {
    const results = index.search({ text: "pain au levain", near: place("hameau-des-noues") });
    expect(shopNames(results)).toEqual([FARM.name]);
    expect(results[0]?.isFarther).toBe(false);
    expect(results[0]?.matchedItems[0]?.id).toBe("pain-campagne-levain-feu-de-bois");
  });

  test('falls back to the bookshop in town, marked farther, for "roman" from the hamlet next to the farm', () => {
    const results = index.search({ text: "roman", near: place("hameau-des-noues") });
    expect(results[0]?.shop.name).toBe("Librairie Les Mots Passants");
    expect(results.every((result) => result.isFarther)).toBe(true);
  });

  test('falls back to farther shops for "pain au levain" from La Gravière, the town bakery before the farm', () => {
    const results = index.search({ text: "pain au levain", near: place("la-graviere") });
    expect(shopNames(results)).toEqual(["Le Fournil de la Halle", FARM.name]);
    expect(results.every((result) => result.isFarther)).toBe(true);
  });
});

describe("the demo people", () => {
  test("use distinct accounts the dev stack's node unlocks, with the mediator first and two shoppers next", () => {
    const indexes = DEMO_PEOPLE.map((person) => person.accountIndex);
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(Math.max(...indexes)).toBeLessThan(LOCAL_CHAIN_ACCOUNT_COUNT);
    expect(DEMO_PEOPLE.find((person) => person.accountIndex === 0)?.role).toBe("mediator");
    expect(demoShopper("camille").accountIndex).toBe(1);
    expect(demoShopper("yanis").accountIndex).toBe(2);
    for (const person of DEMO_PEOPLE) expect(person.canDo.length, person.name).toBeGreaterThan(20);
  });

  test("give every shop exactly one owner, and one owner two shops", () => {
    const owned = DEMO_PEOPLE.flatMap((person) => (person.role === "shop-owner" ? person.shops : []));
    expect(owned.sort()).toEqual(DEMO_SHOPS.map((shop) => shop.key).sort());
    expect(shopOwnerAccountIndex("fromagerie-vallet")).toBe(shopOwnerAccountIndex("cave-du-quai"));
    expect(carrierAccountIndex("bike-courier")).not.toBe(carrierAccountIndex("electric-van"));
  });

  test("give each shopper valid shipping details and a home the bike couriers serve", () => {
    for (const key of ["camille", "yanis", "zoe"] as const) {
      const { home } = demoShopper(key);
      expect(parseShippingDetails(home.shipping)).toEqual(home.shipping);
      expect(isInCarrierArea("bike-courier", home.location), key).toBe(true);
    }
  });

  test("throw UnknownDemoEntryError for a shop nobody owns", () => {
    expect(() => shopOwnerAccountIndex("nowhere" as never)).toThrow(UnknownDemoEntryError);
  });
});

describe("the demo past orders", () => {
  function orderItemsDocument(order: DemoPastOrder) {
    const rate = DEMO_PAYMENT_RATES[order.payment];
    return prepareOrder({
      chainId: 31337,
      buyer: CARRIER_ADDRESS,
      shopId: 1n,
      catalogCid: "bafkreidff5kqcysdx4nz6g56urwvospprew34okoi3pj2zvldkwpbnfpk4",
      priceUnit: "EUR",
      lines: pastOrderLines(order),
      deliveryFee: pastOrderDeliveryFee(order),
      fulfilment: order.delivery.fulfilment,
      ...(order.delivery.fulfilment === "carrier" && { carrier: CARRIER_ADDRESS }),
      payment: { token: NATIVE_TOKEN, rate },
    }).items;
  }

  test("cover every state an order can be seeded in", () => {
    expect(new Set(DEMO_PAST_ORDERS.map((order) => order.outcome.status))).toEqual(
      new Set([
        "paid",
        "accepted",
        "in-transit",
        "delivered",
        "completed",
        "reviewed",
        "disputed",
        "cancelled",
        "declined",
      ]),
    );
    expect(new Set(DEMO_PAST_ORDERS.map((order) => order.key)).size).toBe(DEMO_PAST_ORDERS.length);
  });

  test("buy available items, paid and delivered the way their shop accepts", () => {
    for (const order of DEMO_PAST_ORDERS) {
      const shop = demoShop(order.shop);
      expect(shop.acceptance.payments, order.key).toContain(order.payment);
      const { delivery } = order;
      if (delivery.fulfilment === "pickup") expect(shop.fulfilment.pickup, order.key).toBe(true);
      if (delivery.fulfilment === "own-delivery") expect(shop.fulfilment.ownDelivery, order.key).toBe(true);
      if (delivery.fulfilment === "carrier") expect(shop.acceptance.carriers, order.key).toContain(delivery.carrier);
      for (const line of order.lines) {
        const item = DEMO_CATALOGS[order.shop].find((candidate) => candidate.id === line.itemId);
        expect(item?.available, `${order.key}/${line.itemId}`).toBe(true);
        expect(delivery.fulfilment === "pickup" ? item?.pickup : item?.delivery, `${order.key}/${line.itemId}`).toBe(
          true,
        );
        expect(line.variantId === undefined, `${order.key}/${line.itemId}`).toBe(item?.variants.length === 0);
        const variant = item?.variants.find((candidate) => candidate.id === line.variantId);
        if (line.variantId !== undefined) expect(variant?.available, `${order.key}/${line.variantId}`).toBe(true);
      }
    }
  });

  test("charge the carrier fee that matches the distance from the shop to the buyer's home", () => {
    for (const order of DEMO_PAST_ORDERS) {
      const { delivery } = order;
      if (delivery.fulfilment !== "carrier") continue;
      const home = demoShopper(order.buyer).home.location;
      const distance = kilometres(demoShop(order.shop).location, home);
      const applicable = demoCarrier(delivery.carrier).fees.find(
        (fee) => distance <= (fee.maxDistanceKm ?? Number.POSITIVE_INFINITY),
      );
      expect(applicable?.label, order.key).toBe(delivery.feeLabel);
      expect(isInCarrierArea(delivery.carrier, home), order.key).toBe(true);
    }
  });

  test("make valid order-items documents, priced from the catalog", () => {
    for (const order of DEMO_PAST_ORDERS)
      expect(() => parseOrderItems(orderItemsDocument(order)), order.key).not.toThrow();
    const bakeryOrder = DEMO_PAST_ORDERS.find((order) => order.key === "camille-fournil-reviewed");
    expect(pastOrderLines(bakeryOrder!)).toEqual([
      { itemId: "pain-au-levain", variantId: "1kg", title: "Pain au levain", quantity: 1, unitPrice: "5.90" },
      { itemId: "croissant-beurre", title: "Croissant au beurre", quantity: 4, unitPrice: "1.30" },
    ]);
    expect(pastOrderDeliveryFee(bakeryOrder!)).toBe("0.00");
  });

  test("carry review, reply, decline and dispute texts the protocol accepts", () => {
    const createdAt = "2026-11-20T08:00:00Z";
    for (const [index, order] of DEMO_PAST_ORDERS.entries()) {
      const { outcome } = order;
      if (outcome.status === "reviewed") {
        const orderId = String(index + 1);
        expect(
          parseReview({ schema: "grandrue.review/1", orderId, rating: outcome.rating, text: outcome.review, createdAt })
            .rating,
        ).toBe(outcome.rating);
        expect(
          parseReviewReply({ schema: "grandrue.review-reply/1", orderId, text: outcome.reply, createdAt }).text,
        ).toBe(outcome.reply);
      }
      if (outcome.status === "declined") {
        expect(new TextEncoder().encode(outcome.reason).length).toBeLessThanOrEqual(280);
      }
      if (outcome.status === "disputed") {
        const subtotal = computeOrderTotals(pastOrderLines(order), "0.00", 2).subtotal;
        expect(priceToMinorUnits(outcome.settlementOffer.buyerRefund)).toBeLessThanOrEqual(priceToMinorUnits(subtotal));
        expect(outcome.complaint.length).toBeGreaterThan(0);
      }
    }
  });

  test("throw UnknownDemoEntryError for a variant or a fee that does not exist", () => {
    const order = DEMO_PAST_ORDERS[0]!;
    expect(() =>
      pastOrderLines({ ...order, lines: [{ itemId: "pain-au-levain", variantId: "3kg", quantity: 1 }] }),
    ).toThrow(UnknownDemoEntryError);
    expect(() => pastOrderLines({ ...order, lines: [{ itemId: "caviar", quantity: 1 }] })).toThrow(
      UnknownDemoEntryError,
    );
    expect(() =>
      pastOrderDeliveryFee({
        ...order,
        delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Par drone" },
      }),
    ).toThrow(UnknownDemoEntryError);
  });
});

describe("the demo images", () => {
  test("are well-formed SVG under 4 KB, with no script, link or external reference", () => {
    const images = allImages();
    expect(images.length).toBeGreaterThan(DEMO_SHOPS.length * 5);
    for (const { label, image } of images) {
      expect(image.contentType).toBe("image/svg+xml");
      expect(image.bytes.length, label).toBeLessThan(MAX_GENERATED_IMAGE_BYTES);
      const text = decode(image);
      const root = parseSvg(text).documentElement;
      expect(root.tagName, label).toBe("svg");
      expect(root.getAttribute("xmlns"), label).toBe("http://www.w3.org/2000/svg");
      expect(text.replace(' xmlns="http://www.w3.org/2000/svg"', ""), label).not.toMatch(
        /<script|<image|<use|<foreignObject|href|url\(|\son\w+=|<!|<\?|https?:/i,
      );
      expect(text.replace(/&(?:amp|lt|gt|quot|apos);/g, ""), label).not.toContain("&");
    }
  });

  test("are deterministic, and differ from item to item", () => {
    for (const { label, image } of allImages()) {
      const again = label.startsWith("logo")
        ? shopLogo(DEMO_SHOPS.find((shop) => label === `logo of ${shop.key}`)!)
        : itemImage(
            Object.values(DEMO_CATALOGS)
              .flat()
              .find((item) => label === `image of ${item.id}`)!,
          );
      expect(again.bytes, label).toEqual(image.bytes);
    }
    const texts = allImages().map(({ image }) => decode(image));
    expect(new Set(texts).size).toBe(texts.length);
  });

  test("draw every illustration differently", () => {
    const drawings = ILLUSTRATIONS.map((illustration) => decode(itemImage({ title: "Même titre", illustration })));
    expect(new Set(drawings).size).toBe(ILLUSTRATIONS.length);
  });

  test("escape titles, so markup in a name stays text", () => {
    const title = `Pain & "levain" <script>alert('bio')</script>`;
    const document = parseSvg(decode(itemImage({ title, illustration: "loaf" })));
    expect(document.getElementsByTagName("title")[0]?.textContent).toBe(title);
    expect(document.getElementsByTagName("script")).toHaveLength(0);
  });

  test("cut long titles to two lines ending with an ellipsis", () => {
    const title = "Un titre beaucoup trop long pour tenir sur les deux lignes de l’image d’un article";
    const document = parseSvg(decode(itemImage({ title, illustration: "book" })));
    const lines = [...document.getElementsByTagName("text")].map((line) => line.textContent ?? "");
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });

  test("put a shop's initials on its logo, skipping articles and prepositions", () => {
    expect(initialsOf("Le Fournil de la Halle")).toBe("FH");
    expect(initialsOf("Repair Café d’Aubrelle")).toBe("RC");
    expect(initialsOf("Épicerie")).toBe("É");
    const document = parseSvg(decode(shopLogo({ name: "Les Fleurs de Lise", categories: ["florist"] })));
    expect(document.getElementsByTagName("text")[0]?.textContent).toBe("FL");
  });

  test("refuse to build event handlers, links or embedding elements", () => {
    expect(() => svg("circle", { onload: "alert(1)" })).toThrow(InvalidSvgNameError);
    expect(() => svg("use", { href: "#x" })).toThrow(InvalidSvgNameError);
    expect(() => svg("script")).toThrow(InvalidSvgNameError);
    expect(() => svg("rect", { 'x="1" onclick': 1 })).toThrow(InvalidSvgNameError);
  });

  test("report an image that would exceed 4 KB", () => {
    expect(() => itemImage({ title: "x".repeat(MAX_GENERATED_IMAGE_BYTES), illustration: "loaf" })).toThrow(
      GeneratedImageTooLargeError,
    );
  });
});

describe("the demo services", () => {
  test("have three label issuers with valid profiles, on accounts 0, 18 and 19, leaving 16 and 17 free", () => {
    for (const issuer of DEMO_LABEL_ISSUERS) {
      const profile = { schema: "grandrue.label-issuer/1", ...issuer.profile };
      expect(parseLabelIssuerProfile(profile), issuer.key).toEqual(profile);
    }
    expect(DEMO_LABEL_ISSUERS.map((issuer) => labelIssuerAccountIndex(issuer.key)).sort()).toEqual([0, 18, 19]);
    const used = DEMO_PEOPLE.map((person) => person.accountIndex);
    expect(used).not.toContain(16);
    expect(used).not.toContain(17);
    expect(() => demoLabelIssuer("nobody" as never)).toThrow(UnknownDemoEntryError);
  });

  test("attest only labels their issuer defines, never to a shop the issuer runs, at most once per shop and label", () => {
    const owners = new Set(
      DEMO_PEOPLE.filter((person) => person.role === "shop-owner").map((person) => person.accountIndex),
    );
    const seen = new Set<string>();
    for (const attestation of DEMO_LABEL_ATTESTATIONS) {
      const name = `${attestation.issuer}/${attestation.shop}/${attestation.label}`;
      expect(
        demoLabelIssuer(attestation.issuer).profile.labels.map((label) => label.slug),
        name,
      ).toContain(attestation.label);
      expect(owners.has(labelIssuerAccountIndex(attestation.issuer)), name).toBe(false);
      expect(seen.has(name), name).toBe(false);
      seen.add(name);
    }
  });

  test("give the local-currency label to exactly the shops that accept it, and show one expired and one revoked label", () => {
    const attested = DEMO_LABEL_ATTESTATIONS.filter((attestation) => attestation.label === "monnaie-locale").map(
      (attestation) => attestation.shop,
    );
    const accepting = DEMO_SHOPS.filter((shop) => shop.acceptance.payments.includes("local-currency")).map(
      (shop) => shop.key,
    );
    expect(attested.sort()).toEqual(accepting.sort());
    expect(DEMO_LABEL_ATTESTATIONS.filter((attestation) => attestation.outcome.status === "expired")).toHaveLength(1);
    expect(DEMO_LABEL_ATTESTATIONS.filter((attestation) => attestation.outcome.status === "revoked")).toHaveLength(1);
  });

  test("run stamp cards and bonds on different shops, since a shop has one completion hook", () => {
    for (const program of DEMO_LOYALTY_PROGRAMS) {
      const reward = { schema: "grandrue.loyalty-reward/1", ...program.reward };
      expect(parseLoyaltyReward(reward), program.shop).toEqual(reward);
      expect(program.rewardThreshold).toBeGreaterThan(program.stampsPerOrder);
    }
    const bonded = DEMO_GUARANTEE_BONDS.map((bond) => bond.shop);
    for (const program of DEMO_LOYALTY_PROGRAMS) expect(bonded, program.shop).not.toContain(program.shop);
    for (const bond of DEMO_GUARANTEE_BONDS) {
      expect(demoShop(bond.shop).acceptance.payments, bond.shop).toContain(bond.payment);
      expect(priceToMinorUnits(bond.amount)).toBeGreaterThan(0n);
    }
    expect(DEMO_GUARANTEE_BONDS.find((bond) => bond.shop === "cycles-girard")?.warrantyDays).toBe(730);
  });

  test("have completed past orders that fill Camille's bakery card and Yanis's cheese card and start Camille's bike warranty", () => {
    const completed = (buyer: string, shop: string) =>
      DEMO_PAST_ORDERS.filter(
        (order) => order.buyer === buyer && order.shop === shop && order.outcome.status === "completed",
      );
    expect(completed("camille", "fournil-de-la-halle").length).toBeGreaterThanOrEqual(2);
    expect(completed("yanis", "fromagerie-vallet").length).toBeGreaterThanOrEqual(1);
    const bond = DEMO_GUARANTEE_BONDS.find((candidate) => candidate.shop === "cycles-girard")!;
    expect(completed("camille", "cycles-girard").filter((order) => order.payment === bond.payment)).toHaveLength(1);
  });
});
