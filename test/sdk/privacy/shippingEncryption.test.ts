import {
  DecryptionError,
  DocumentValidationError,
  decodeDocument,
  decryptShippingDetails,
  EncryptionError,
  type EncryptionKeyPair,
  encodeDocument,
  encodeShippingContext,
  encryptShippingDetails,
  parseShippingEnvelope,
  SHIPPING_PADDING_BLOCK,
  type ShippingEnvelope,
} from "@grandrue/sdk";
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { randomBytes } from "@noble/ciphers/utils.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { base64pad } from "multiformats/bases/base64";
import { bytesToHex, concat, encodeAbiParameters, type Hex, hexToBytes, stringToBytes } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { SCRIPT_INJECTIONS } from "../documents/fixtures.ts";
import {
  buyerAccount,
  CHAIN_ID,
  carrierKeyPair,
  SHOP_ID,
  shippingContext,
  shopKeyPair,
  validDetails,
} from "./fixtures.ts";

let shop: EncryptionKeyPair;
let carrier: EncryptionKeyPair;
const stranger = (() => {
  const secretKey = randomBytes(32);
  return { secretKey, publicKey: bytesToHex(x25519.getPublicKey(secretKey)) };
})();

beforeAll(async () => {
  shop = await shopKeyPair();
  carrier = await carrierKeyPair();
});

function sealForShop(): ShippingEnvelope {
  return encryptShippingDetails(validDetails(), [shop.publicKey], shippingContext);
}

function expectDecryptionError(open: () => unknown, message: string | RegExp = /./): void {
  expect(open).toThrow(DecryptionError);
  expect(open).toThrow(message);
}

/** Flips one bit of the byte at `index` of a hex string's bytes. */
function flipHexByte(hex: Hex, index = 0): Hex {
  const bytes = hexToBytes(hex);
  bytes[index]! ^= 0x01;
  return bytesToHex(bytes);
}

describe("encryptShippingDetails and decryptShippingDetails", () => {
  test("round-trip the details for a single recipient", () => {
    expect(decryptShippingDetails(sealForShop(), shop.secretKey, shippingContext)).toEqual(validDetails());
  });

  test("round-trip the details for the shop and the carrier alike", () => {
    const envelope = encryptShippingDetails(validDetails(), [shop.publicKey, carrier.publicKey], shippingContext);
    expect(envelope.recipients.map((recipient) => recipient.publicKey)).toEqual([shop.publicKey, carrier.publicKey]);
    expect(decryptShippingDetails(envelope, shop.secretKey, shippingContext)).toEqual(validDetails());
    expect(decryptShippingDetails(envelope, carrier.secretKey, shippingContext)).toEqual(validDetails());
  });

  test("produce a valid grandrue.shipping/1 document that survives encoding to bytes", () => {
    const envelope = sealForShop();
    expect(parseShippingEnvelope(envelope)).toEqual(envelope);
    const reread = decodeDocument("shipping", encodeDocument("shipping", envelope));
    expect(decryptShippingDetails(reread, shop.secretKey, shippingContext)).toEqual(validDetails());
  });

  test("leave no readable detail in the envelope and use fresh randomness each time", () => {
    const first = sealForShop();
    const second = sealForShop();
    const published = JSON.stringify(first);
    // Two-letter values such as the country code can occur by chance in base64 ciphertext.
    const words = Object.values(validDetails()).filter((value) => value.length > 3);
    for (const value of words) expect(published).not.toContain(value);
    for (const field of Object.keys(validDetails())) expect(published).not.toContain(`"${field}"`);
    expect(second.ephemeralPublicKey).not.toBe(first.ephemeralPublicKey);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  test("pad the sealed details so that short and long addresses give the same ciphertext length", () => {
    const short = encryptShippingDetails(
      { name: "Al", street: "1 rue A", postcode: "1000", city: "Bern", country: "CH" },
      [shop.publicKey],
      shippingContext,
    );
    const long = encryptShippingDetails(
      { ...validDetails(), instructions: "x".repeat(60) },
      [shop.publicKey],
      shippingContext,
    );
    const length = (envelope: ShippingEnvelope) => base64pad.baseDecode(envelope.ciphertext).length;
    expect(length(short)).toBe(length(long));
    expect((length(short) - 16) % SHIPPING_PADDING_BLOCK).toBe(0);
  });

  test("seal details at every size limit, in 3-byte characters, within the envelope limit", () => {
    const maximal = {
      name: "€".repeat(80),
      street: "€".repeat(120),
      postcode: "A".repeat(16),
      city: "€".repeat(80),
      country: "FR",
      phone: `+${"1".repeat(31)}`,
      instructions: "€".repeat(500),
    };
    const envelope = encryptShippingDetails(maximal, [shop.publicKey], shippingContext);
    expect(decryptShippingDetails(envelope, shop.secretKey, shippingContext)).toEqual(maximal);
  });

  test("keep script-injection strings as inert text through the round trip", () => {
    for (const injection of SCRIPT_INJECTIONS) {
      const details = { ...validDetails(), instructions: injection };
      expect(
        decryptShippingDetails(
          encryptShippingDetails(details, [shop.publicKey], shippingContext),
          shop.secretKey,
          shippingContext,
        ),
      ).toEqual(details);
    }
  });

  test("accept the buyer address in any letter case", () => {
    const envelope = sealForShop();
    expect(
      decryptShippingDetails(envelope, shop.secretKey, {
        ...shippingContext,
        buyer: buyerAccount.address.toLowerCase() as Hex,
      }),
    ).toEqual(validDetails());
  });

  test("open an envelope built by hand from the documented construction", () => {
    const associatedData = hexToBytes(
      encodeAbiParameters(
        [{ type: "string" }, { type: "uint256" }, { type: "uint256" }, { type: "address" }],
        ["grandrue.shipping/1", BigInt(CHAIN_ID), SHOP_ID, buyerAccount.address],
      ),
    );
    expect(encodeShippingContext(shippingContext)).toEqual(associatedData);
    const envelope = handSealedEnvelope(
      new TextEncoder().encode(JSON.stringify(validDetails())),
      shop.publicKey,
      associatedData,
    );
    expect(decryptShippingDetails(envelope, shop.secretKey, shippingContext)).toEqual(validDetails());
  });
});

describe("decryptShippingDetails failures", () => {
  test("tampering with the ciphertext throws a DecryptionError", () => {
    const envelope = sealForShop();
    const bytes = base64pad.baseDecode(envelope.ciphertext);
    for (const index of [0, bytes.length >> 1, bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[index]! ^= 0x80;
      expectDecryptionError(
        () =>
          decryptShippingDetails(
            { ...envelope, ciphertext: base64pad.baseEncode(tampered) },
            shop.secretKey,
            shippingContext,
          ),
        "the envelope was altered",
      );
    }
  });

  test("tampering with a wrapped key, a nonce or the ephemeral key throws a DecryptionError", () => {
    const envelope = sealForShop();
    const recipient = envelope.recipients[0]!;
    const tampered: ShippingEnvelope[] = [
      { ...envelope, recipients: [{ ...recipient, wrappedKey: flipHexByte(recipient.wrappedKey, 5) }] },
      { ...envelope, recipients: [{ ...recipient, wrappedKey: flipHexByte(recipient.wrappedKey, 47) }] },
      { ...envelope, recipients: [{ ...recipient, nonce: flipHexByte(recipient.nonce) }] },
      { ...envelope, nonce: flipHexByte(envelope.nonce, 23) },
      { ...envelope, ephemeralPublicKey: flipHexByte(envelope.ephemeralPublicKey, 1) },
    ];
    for (const envelope of tampered) {
      expectDecryptionError(() => decryptShippingDetails(envelope, shop.secretKey, shippingContext));
    }
  });

  test("changing any single character of a serialised envelope makes it fail", () => {
    const json = JSON.stringify(sealForShop());
    let mutations = 0;
    for (let index = 0; index < json.length; index++) {
      const replacement = json[index] === "a" ? "b" : "a";
      let mutated: unknown;
      try {
        mutated = JSON.parse(json.slice(0, index) + replacement + json.slice(index + 1));
      } catch {
        continue; // no longer JSON: a reader never gets as far as decrypting it
      }
      mutations++;
      expect(() => decryptShippingDetails(mutated, shop.secretKey, shippingContext), `character ${index}`).toThrow(
        DecryptionError,
      );
    }
    expect(mutations).toBeGreaterThan(json.length * 0.9);
  });

  test("a key the envelope is not addressed to throws a DecryptionError", () => {
    const envelope = sealForShop();
    expectDecryptionError(
      () => decryptShippingDetails(envelope, carrier.secretKey, shippingContext),
      `not addressed to the key ${carrier.publicKey}`,
    );
  });

  test("a wrong key that claims a recipient entry cannot unwrap the content key", () => {
    const envelope = sealForShop();
    const forged = { ...envelope, recipients: [{ ...envelope.recipients[0]!, publicKey: stranger.publicKey }] };
    expectDecryptionError(
      () => decryptShippingDetails(forged, stranger.secretKey, shippingContext),
      "cannot unwrap the content key",
    );
  });

  test("another order context (chain, shop or buyer) throws a DecryptionError", () => {
    const envelope = sealForShop();
    for (const context of [
      { ...shippingContext, chainId: 1 },
      { ...shippingContext, shopId: SHOP_ID + 1n },
      { ...shippingContext, buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const },
    ]) {
      expectDecryptionError(
        () => decryptShippingDetails(envelope, shop.secretKey, context),
        "sealed for another order",
      );
    }
  });

  test("a malformed envelope, context or secret key throws a DecryptionError", () => {
    const envelope = sealForShop();
    expectDecryptionError(
      () => decryptShippingDetails(null, shop.secretKey, shippingContext),
      "the envelope is malformed",
    );
    expectDecryptionError(
      () => decryptShippingDetails({ ...envelope, schema: "grandrue.shipping/2" }, shop.secretKey, shippingContext),
      "unsupported schema",
    );
    expectDecryptionError(
      () => decryptShippingDetails({ ...envelope, recipients: [] }, shop.secretKey, shippingContext),
      "at least one recipient",
    );
    expectDecryptionError(
      () => decryptShippingDetails(envelope, shop.secretKey, { ...shippingContext, buyer: "0x1234" }),
      "the order context is invalid",
    );
    expectDecryptionError(
      () => decryptShippingDetails(envelope, shop.secretKey.subarray(0, 31), shippingContext),
      "must be 32 bytes",
    );
  });

  test("authentic ciphertext that does not hold valid shipping details throws instead of returning it", () => {
    const associatedData = encodeShippingContext(shippingContext);
    for (const plaintext of [
      "not json",
      JSON.stringify({ ...validDetails(), name: "<b>x</b>\u0000" }),
      JSON.stringify({ ...validDetails(), extra: 1 }),
    ]) {
      const envelope = handSealedEnvelope(new TextEncoder().encode(plaintext), shop.publicKey, associatedData);
      expectDecryptionError(
        () => decryptShippingDetails(envelope, shop.secretKey, shippingContext),
        "does not hold valid shipping details",
      );
    }
  });
});

describe("encryptShippingDetails input checks", () => {
  test("rejects invalid details with their field paths", () => {
    expect(() => encryptShippingDetails({ ...validDetails(), name: "" }, [shop.publicKey], shippingContext)).toThrow(
      DocumentValidationError,
    );
    expect(() =>
      encryptShippingDetails({ ...validDetails(), instructions: "x".repeat(501) }, [shop.publicKey], shippingContext),
    ).toThrow("instructions: must be at most 500");
  });

  test("rejects no recipients, too many, duplicates, malformed and low-order keys", () => {
    const keys = (count: number) =>
      Array.from({ length: count }, () => bytesToHex(x25519.getPublicKey(randomBytes(32))));
    expect(() => encryptShippingDetails(validDetails(), [], shippingContext)).toThrow(EncryptionError);
    expect(() => encryptShippingDetails(validDetails(), keys(5), shippingContext)).toThrow("1 to 4 recipient");
    expect(() =>
      encryptShippingDetails(
        validDetails(),
        [shop.publicKey, shop.publicKey.toUpperCase().replace("0X", "0x") as Hex],
        shippingContext,
      ),
    ).toThrow("listed twice");
    expect(() => encryptShippingDetails(validDetails(), ["0x1234"], shippingContext)).toThrow(
      "recipient 0 must be a 32-byte",
    );
    expect(() =>
      encryptShippingDetails(validDetails(), [shop.publicKey, `0x${"00".repeat(32)}`], shippingContext),
    ).toThrow("recipient 1 is not a usable x25519 public key");
  });

  test("rejects an invalid order context", () => {
    expect(() => encryptShippingDetails(validDetails(), [shop.publicKey], { ...shippingContext, chainId: 0 })).toThrow(
      EncryptionError,
    );
    expect(() => encryptShippingDetails(validDetails(), [shop.publicKey], { ...shippingContext, shopId: -1n })).toThrow(
      "shopId must be a uint256",
    );
  });
});

/** Seals `plaintext` for one recipient exactly as the TSDoc of encryptShippingDetails describes, with noble directly. */
function handSealedEnvelope(
  plaintext: Uint8Array,
  recipientPublicKey: Hex,
  associatedData: Uint8Array,
): ShippingEnvelope {
  const contentKey = randomBytes(32);
  const nonce = randomBytes(24);
  const ephemeral = x25519.keygen();
  const recipientKey = hexToBytes(recipientPublicKey);
  const wrappingKey = hkdf(
    sha256,
    x25519.getSharedSecret(ephemeral.secretKey, recipientKey),
    concat([ephemeral.publicKey, recipientKey]),
    stringToBytes("grandrue.shipping/1 key wrapping"),
    32,
  );
  const wrapNonce = randomBytes(24);
  return {
    schema: "grandrue.shipping/1",
    ephemeralPublicKey: bytesToHex(ephemeral.publicKey),
    nonce: bytesToHex(nonce),
    ciphertext: base64pad.baseEncode(xchacha20poly1305(contentKey, nonce, associatedData).encrypt(plaintext)),
    recipients: [
      {
        publicKey: recipientPublicKey,
        wrappedKey: bytesToHex(xchacha20poly1305(wrappingKey, wrapNonce, associatedData).encrypt(contentKey)),
        nonce: bytesToHex(wrapNonce),
      },
    ],
  };
}
