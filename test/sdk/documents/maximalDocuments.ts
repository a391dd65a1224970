import {
  computeOrderTotals,
  type DocumentTypes,
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_CARRIER_FEES,
  MAX_CARRIER_NAME_LENGTH,
  MAX_CATALOG_ITEMS,
  MAX_CATEGORIES,
  MAX_CID_LENGTH,
  MAX_CITY_LENGTH,
  MAX_CLAIM_DESCRIPTION_LENGTH,
  MAX_CLAIM_IMAGES,
  MAX_FEE_LABEL_LENGTH,
  MAX_ISSUER_DESCRIPTION_LENGTH,
  MAX_ISSUER_LABELS,
  MAX_ISSUER_NAME_LENGTH,
  MAX_ITEM_DESCRIPTION_LENGTH,
  MAX_ITEM_ID_LENGTH,
  MAX_ITEM_IMAGES,
  MAX_ITEM_TITLE_LENGTH,
  MAX_ITEM_VARIANTS,
  MAX_LABEL_DESCRIPTION_LENGTH,
  MAX_LABEL_TITLE_LENGTH,
  MAX_LABELS,
  MAX_LEGAL_NAME_LENGTH,
  MAX_LINE_QUANTITY,
  MAX_OPENING_HOURS,
  MAX_ORDER_LINES,
  MAX_PHONE_LENGTH,
  MAX_POSTCODE_LENGTH,
  MAX_REVIEW_REPLY_LENGTH,
  MAX_REVIEW_TEXT_LENGTH,
  MAX_REWARD_DESCRIPTION_LENGTH,
  MAX_REWARD_TITLE_LENGTH,
  MAX_SERVICE_AREA_GEOHASHES,
  MAX_SERVICE_AREA_POSTCODES,
  MAX_SHIPPING_CIPHERTEXT_BYTES,
  MAX_SHIPPING_RECIPIENTS,
  MAX_SHOP_DESCRIPTION_LENGTH,
  MAX_SHOP_NAME_LENGTH,
  MAX_SHOP_STORY_LENGTH,
  MAX_SLUG_LENGTH,
  MAX_STOCK,
  MAX_STREET_LENGTH,
  MAX_SUSTAINABILITY_LENGTH,
  MAX_TERMS_TEXT_LENGTH,
  MAX_UNIT_LENGTH,
  MAX_URL_LENGTH,
  MAX_VARIANT_LABEL_LENGTH,
  priceToTokenAmount,
} from "@grandrue/sdk";
import { CID } from "multiformats";
import { base64pad } from "multiformats/bases/base64";
import * as raw from "multiformats/codecs/raw";
import { identity } from "multiformats/hashes/identity";
import {
  validCarrier,
  validCatalog,
  validLabelIssuer,
  validOrderItems,
  validReview,
  validReviewReply,
  validShop,
} from "./fixtures.ts";

/**
 * Documents with every text, list and number at its limit, texts in '€' (3 bytes in UTF-8, the most a
 * UTF-16 code unit can take), to check that MAX_DOCUMENT_BYTES holds any valid document.
 */
const text = (length: number) => "€".repeat(length);
const padded = (prefix: string, length: number) => prefix + "x".repeat(length - prefix.length);
const slugs = (count: number) => Array.from({ length: count }, (_, index) => padded(`s${index}-`, MAX_SLUG_LENGTH));
const MAX_PRICE = "999999999999999.99";

/** A canonical CID exactly MAX_CID_LENGTH characters long (an identity-hashed raw block). */
export function longestCid(): string {
  const cid = CID.create(1, raw.code, identity.digest(new Uint8Array(75).fill(7))).toString();
  if (cid.length !== MAX_CID_LENGTH) throw new Error(`expected a ${MAX_CID_LENGTH}-character CID, got ${cid.length}`);
  return cid;
}

export function maximalDocuments(): DocumentTypes {
  const cid = longestCid();
  const lineUnitPrice = "9999999.99";
  const lines = Array.from({ length: MAX_ORDER_LINES }, (_, index) => ({
    itemId: padded(`item-${index}-`, MAX_ITEM_ID_LENGTH),
    variantId: padded(`variant-${index}-`, MAX_ITEM_ID_LENGTH),
    title: text(MAX_ITEM_TITLE_LENGTH),
    quantity: MAX_LINE_QUANTITY,
    unitPrice: lineUnitPrice,
  }));
  const totals = computeOrderTotals(lines, MAX_PRICE);
  const rate = 10n ** 18n;
  return {
    shop: {
      ...validShop(),
      name: text(MAX_SHOP_NAME_LENGTH),
      description: text(MAX_SHOP_DESCRIPTION_LENGTH),
      story: text(MAX_SHOP_STORY_LENGTH),
      logo: cid,
      address: {
        street: text(MAX_STREET_LENGTH),
        postcode: "A".repeat(MAX_POSTCODE_LENGTH),
        city: text(MAX_CITY_LENGTH),
        country: "FR",
      },
      openingHours: Array.from({ length: MAX_OPENING_HOURS }, (_, index) => ({
        day: index % 7,
        opens: `1${Math.floor(index / 7)}:00`,
        closes: `1${Math.floor(index / 7)}:59`,
      })),
      categories: slugs(MAX_CATEGORIES),
      labels: slugs(MAX_LABELS),
      terms: {
        returns: text(MAX_TERMS_TEXT_LENGTH),
        delivery: text(MAX_TERMS_TEXT_LENGTH),
        other: text(MAX_TERMS_TEXT_LENGTH),
      },
      website: padded("https://shop.example/", MAX_URL_LENGTH),
      phone: `+${"1".repeat(MAX_PHONE_LENGTH - 1)}`,
      legal: {
        name: text(MAX_LEGAL_NAME_LENGTH),
        siret: "73282932000074",
        ide: "CHE-116.281.710",
        vatNumber: "CHE-116.281.710 MWST",
      },
    },
    catalog: {
      ...validCatalog(),
      updatedAt: "2026-05-01T09:30:00.123456789+02:00",
      items: Array.from({ length: MAX_CATALOG_ITEMS }, (_, index) => ({
        id: padded(`item-${index}-`, MAX_ITEM_ID_LENGTH),
        title: text(MAX_ITEM_TITLE_LENGTH),
        description: text(MAX_ITEM_DESCRIPTION_LENGTH),
        images: Array.from({ length: MAX_ITEM_IMAGES }, () => cid),
        price: MAX_PRICE,
        variants: Array.from({ length: MAX_ITEM_VARIANTS }, (_, variant) => ({
          id: padded(`variant-${variant}-`, MAX_ITEM_ID_LENGTH),
          label: text(MAX_VARIANT_LABEL_LENGTH),
          price: MAX_PRICE,
          available: false,
          stock: MAX_STOCK,
        })),
        available: false,
        categories: slugs(MAX_CATEGORIES),
        labels: slugs(MAX_LABELS),
        pickup: false,
        delivery: false,
        unit: padded("u", MAX_UNIT_LENGTH),
        stock: MAX_STOCK,
        vatRate: "99.99",
      })),
    },
    "order-items": {
      ...validOrderItems(),
      shopId: String((1n << 256n) - 1n),
      catalogCid: cid,
      lines,
      subtotal: totals.subtotal,
      deliveryFee: MAX_PRICE,
      payment: {
        token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
        rate: String(rate),
        amount: String(priceToTokenAmount(totals.subtotal, rate)),
        deliveryFee: String(priceToTokenAmount(MAX_PRICE, rate)),
      },
    },
    shipping: {
      schema: "grandrue.shipping/1",
      ephemeralPublicKey: `0x${"11".repeat(32)}`,
      nonce: `0x${"22".repeat(24)}`,
      ciphertext: base64pad.baseEncode(new Uint8Array(MAX_SHIPPING_CIPHERTEXT_BYTES).fill(255)),
      recipients: Array.from({ length: MAX_SHIPPING_RECIPIENTS }, (_, index) => ({
        publicKey: `0x${String(index).repeat(64)}`,
        wrappedKey: `0x${"33".repeat(48)}`,
        nonce: `0x${"44".repeat(24)}`,
      })),
    },
    review: { ...validReview(), orderId: String((1n << 256n) - 1n), text: text(MAX_REVIEW_TEXT_LENGTH) },
    "review-reply": { ...validReviewReply(), orderId: String((1n << 256n) - 1n), text: text(MAX_REVIEW_REPLY_LENGTH) },
    carrier: {
      ...validCarrier(),
      vehicle: "electric-van" as const,
      name: text(MAX_CARRIER_NAME_LENGTH),
      description: text(MAX_CARRIER_DESCRIPTION_LENGTH),
      serviceArea: {
        geohashes: Array.from({ length: MAX_SERVICE_AREA_GEOHASHES }, () => "u09tvw0f6j2k"),
        postcodes: Array.from({ length: MAX_SERVICE_AREA_POSTCODES }, () => "A".repeat(MAX_POSTCODE_LENGTH)),
      },
      fees: Array.from({ length: MAX_CARRIER_FEES }, () => ({
        label: text(MAX_FEE_LABEL_LENGTH),
        maxDistanceKm: 12345.678901234567,
        price: MAX_PRICE,
      })),
      sustainability: text(MAX_SUSTAINABILITY_LENGTH),
      website: padded("https://carrier.example/", MAX_URL_LENGTH),
    },
    "loyalty-reward": {
      schema: "grandrue.loyalty-reward/1",
      title: text(MAX_REWARD_TITLE_LENGTH),
      description: text(MAX_REWARD_DESCRIPTION_LENGTH),
    },
    "label-issuer": {
      ...validLabelIssuer(),
      name: text(MAX_ISSUER_NAME_LENGTH),
      description: text(MAX_ISSUER_DESCRIPTION_LENGTH),
      website: padded("https://issuer.example/", MAX_URL_LENGTH),
      labels: slugs(MAX_ISSUER_LABELS).map((slug) => ({
        slug,
        title: text(MAX_LABEL_TITLE_LENGTH),
        description: text(MAX_LABEL_DESCRIPTION_LENGTH),
      })),
    },
    "warranty-claim": {
      schema: "grandrue.warranty-claim/1",
      description: text(MAX_CLAIM_DESCRIPTION_LENGTH),
      images: Array.from({ length: MAX_CLAIM_IMAGES }, () => cid),
    },
  };
}
