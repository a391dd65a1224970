import {
  DOCUMENT_SCHEMA_IDS,
  type DocumentKind,
  DocumentValidationError,
  decodeDocument,
  documentDigest,
  encodeDocument,
  MAX_DOCUMENT_BYTES,
  parseDocument,
} from "@grandrue/sdk";
import { sha256 } from "@noble/hashes/sha2.js";
import { CID } from "multiformats";
import * as raw from "multiformats/codecs/raw";
import { bytesToHex } from "viem";
import { describe, expect, test } from "vitest";
import {
  expectIssue,
  validCarrier,
  validCatalog,
  validLabelIssuer,
  validLoyaltyReward,
  validOrderItems,
  validReview,
  validReviewReply,
  validShop,
  validWarrantyClaim,
} from "./fixtures.ts";
import { maximalDocuments } from "./maximalDocuments.ts";

const examples = {
  shop: validShop(),
  catalog: validCatalog(),
  "order-items": validOrderItems(),
  review: validReview(),
  "review-reply": validReviewReply(),
  carrier: validCarrier(),
  "loyalty-reward": validLoyaltyReward(),
  "label-issuer": validLabelIssuer(),
  "warranty-claim": validWarrantyClaim(),
} as const;

describe("parseDocument", () => {
  test("dispatches each kind to its schema", () => {
    for (const [kind, document] of Object.entries(examples)) {
      expect(parseDocument(kind as DocumentKind, document)).toEqual(document);
    }
  });

  test("rejects a document of another kind", () => {
    expectIssue(
      () => parseDocument("catalog", validShop()),
      "schema",
      'unsupported schema "grandrue.shop/2": expected "grandrue.catalog/2" or "grandrue.catalog/1"',
    );
  });

  test("rejects an unknown kind", () => {
    expectIssue(() => parseDocument("invoice" as DocumentKind, {}), "", 'unknown document kind "invoice"');
    expectIssue(() => parseDocument("__proto__" as DocumentKind, {}), "", "unknown document kind");
  });

  test("truncates an absurd schema value in the message", () => {
    expect(() => parseDocument("review", { ...validReview(), schema: "x".repeat(10_000) })).toThrow(
      /unsupported schema "x{64}": expected/,
    );
  });
});

describe("encodeDocument and decodeDocument", () => {
  test("round-trip every kind through UTF-8 JSON bytes", () => {
    for (const [kind, document] of Object.entries(examples)) {
      const bytes = encodeDocument(kind as DocumentKind, document as never);
      expect(decodeDocument(kind as DocumentKind, bytes)).toEqual(document);
    }
  });

  test("refuse to encode an invalid document", () => {
    expect(() => encodeDocument("review", { ...validReview(), rating: 9 })).toThrow(DocumentValidationError);
  });

  test("reject bytes over the size bound before parsing them", () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ ...validReview(), text: " ".repeat(MAX_DOCUMENT_BYTES.review) }),
    );
    expectIssue(() => decodeDocument("review", bytes), "", `at most ${MAX_DOCUMENT_BYTES.review} are allowed`);
  });

  test("reject bytes that are not UTF-8 or not JSON", () => {
    expectIssue(() => decodeDocument("review", new Uint8Array([0x7b, 0xff, 0x7d])), "", "not UTF-8 JSON");
    expectIssue(() => decodeDocument("review", new TextEncoder().encode('{"schema": ')), "", "not UTF-8 JSON");
  });

  test("fit any valid document within MAX_DOCUMENT_BYTES, even with every field at its limit", () => {
    const documents = maximalDocuments();
    for (const kind of Object.keys(DOCUMENT_SCHEMA_IDS) as DocumentKind[]) {
      const bytes = encodeDocument(kind, documents[kind] as never);
      expect(bytes.length, `${kind}: ${bytes.length} bytes`).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES[kind]);
      expect(bytes.length, `${kind} bound is not loose`).toBeGreaterThan(MAX_DOCUMENT_BYTES[kind] / 4);
    }
  });
});

describe("documentDigest", () => {
  test("is the sha2-256 of the bytes, which is also the digest inside their raw CIDv1", () => {
    const bytes = encodeDocument("order-items", validOrderItems());
    const digest = documentDigest(bytes);
    expect(digest).toBe(bytesToHex(sha256(bytes)));
    expect(digest).toMatch(/^0x[0-9a-f]{64}$/);
    const cid = CID.create(1, raw.code, {
      code: 0x12,
      size: 32,
      digest: sha256(bytes),
      bytes: new Uint8Array([0x12, 0x20, ...sha256(bytes)]),
    });
    expect(bytesToHex(cid.multihash.digest)).toBe(digest);
  });
});
