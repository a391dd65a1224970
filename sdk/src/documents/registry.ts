import { CARRIER_SCHEMA_ID, type CarrierProfile, parseCarrierProfile } from "./carrier.ts";
import { CATALOG_SCHEMA_ID, type Catalog, parseCatalog } from "./catalog.ts";
import { DocumentValidationError } from "./errors.ts";
import { LABEL_ISSUER_SCHEMA_ID, type LabelIssuerProfile, parseLabelIssuerProfile } from "./labelIssuer.ts";
import { LOYALTY_REWARD_SCHEMA_ID, type LoyaltyReward, parseLoyaltyReward } from "./loyaltyReward.ts";
import { ORDER_ITEMS_SCHEMA_ID, type OrderItems, parseOrderItems } from "./orderItems.ts";
import {
  parseReview,
  parseReviewReply,
  REVIEW_REPLY_SCHEMA_ID,
  REVIEW_SCHEMA_ID,
  type Review,
  type ReviewReply,
} from "./review.ts";
import { parseShippingEnvelope, SHIPPING_SCHEMA_ID, type ShippingEnvelope } from "./shippingEnvelope.ts";
import { parseShopMetadata, SHOP_SCHEMA_ID, type ShopMetadata } from "./shop.ts";
import { parseWarrantyClaimEvidence, WARRANTY_CLAIM_SCHEMA_ID, type WarrantyClaimEvidence } from "./warrantyClaim.ts";

/** Every Grandrue document by kind. */
export type DocumentTypes = {
  shop: ShopMetadata;
  catalog: Catalog;
  "order-items": OrderItems;
  shipping: ShippingEnvelope;
  review: Review;
  "review-reply": ReviewReply;
  carrier: CarrierProfile;
  "loyalty-reward": LoyaltyReward;
  "label-issuer": LabelIssuerProfile;
  "warranty-claim": WarrantyClaimEvidence;
};

export type DocumentKind = keyof DocumentTypes;

const documentParsers: { readonly [Kind in DocumentKind]: (json: unknown) => DocumentTypes[Kind] } = {
  shop: parseShopMetadata,
  catalog: parseCatalog,
  "order-items": parseOrderItems,
  shipping: parseShippingEnvelope,
  review: parseReview,
  "review-reply": parseReviewReply,
  carrier: parseCarrierProfile,
  "loyalty-reward": parseLoyaltyReward,
  "label-issuer": parseLabelIssuerProfile,
  "warranty-claim": parseWarrantyClaimEvidence,
};

/** The `schema` value of each kind of document. */
export const DOCUMENT_SCHEMA_IDS = {
  shop: SHOP_SCHEMA_ID,
  catalog: CATALOG_SCHEMA_ID,
  "order-items": ORDER_ITEMS_SCHEMA_ID,
  shipping: SHIPPING_SCHEMA_ID,
  review: REVIEW_SCHEMA_ID,
  "review-reply": REVIEW_REPLY_SCHEMA_ID,
  carrier: CARRIER_SCHEMA_ID,
  "loyalty-reward": LOYALTY_REWARD_SCHEMA_ID,
  "label-issuer": LABEL_ISSUER_SCHEMA_ID,
  "warranty-claim": WARRANTY_CLAIM_SCHEMA_ID,
} as const satisfies Record<DocumentKind, string>;

/**
 * The most bytes a document of each kind may have. Any valid document written by {@link encodeDocument} fits
 * (its texts at their limits in 3-byte UTF-8 characters), so readers can stop downloading past this size.
 */
export const MAX_DOCUMENT_BYTES = {
  shop: 64 * 1024,
  catalog: 8 * 1024 * 1024,
  "order-items": 128 * 1024,
  shipping: 16 * 1024,
  review: 16 * 1024,
  "review-reply": 16 * 1024,
  carrier: 64 * 1024,
  "loyalty-reward": 4 * 1024,
  "label-issuer": 64 * 1024,
  "warranty-claim": 16 * 1024,
} as const satisfies Record<DocumentKind, number>;

/**
 * Validates an already parsed JSON value as a document of `kind`.
 * @throws DocumentValidationError naming each invalid field, or an unknown kind.
 * @example const catalog = parseDocument('catalog', await response.json())
 */
export function parseDocument<Kind extends DocumentKind>(kind: Kind, json: unknown): DocumentTypes[Kind] {
  if (!Object.hasOwn(documentParsers, kind)) {
    throw new DocumentValidationError(String(kind), [{ path: "", message: `unknown document kind "${String(kind)}"` }]);
  }
  return documentParsers[kind](json);
}

/**
 * Validates a document and serialises it as UTF-8 JSON, the bytes to store on IPFS and to digest.
 * @throws DocumentValidationError if the document is invalid.
 * @example const bytes = encodeDocument('order-items', items); const itemsDigest = documentDigest(bytes)
 */
export function encodeDocument<Kind extends DocumentKind>(kind: Kind, document: DocumentTypes[Kind]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(parseDocument(kind, document)));
}

/**
 * Reads a document from its bytes: checks the size bound first, then UTF-8, JSON and the schema.
 * @throws DocumentValidationError if the bytes are too many, not UTF-8 JSON, or not a valid document.
 * @example const shop = decodeDocument('shop', await fetchVerifiedBytes(cid))
 */
export function decodeDocument<Kind extends DocumentKind>(kind: Kind, bytes: Uint8Array): DocumentTypes[Kind] {
  const schemaId = DOCUMENT_SCHEMA_IDS[kind] ?? String(kind);
  const maxBytes: number = MAX_DOCUMENT_BYTES[kind];
  if (bytes.length > maxBytes) {
    throw new DocumentValidationError(schemaId, [
      { path: "", message: `is ${bytes.length} bytes; at most ${maxBytes} are allowed` },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new DocumentValidationError(
      schemaId,
      [{ path: "", message: `is not UTF-8 JSON (${error instanceof Error ? error.message : "unreadable"})` }],
      { cause: error },
    );
  }
  return parseDocument(kind, json);
}
