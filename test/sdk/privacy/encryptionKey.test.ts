import {
  deriveEncryptionKeyPair,
  ENCRYPTION_KEY_PURPOSE,
  encryptionKeyTypedData,
  InvalidSignatureError,
  parseShopMetadata,
  signatureSeed,
} from "@grandrue/sdk";
import { x25519 } from "@noble/curves/ed25519.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import {
  bytesToHex,
  encodeAbiParameters,
  type Hex,
  hashStruct,
  keccak256,
  numberToHex,
  parseSignature,
  recoverTypedDataAddress,
  serializeCompactSignature,
  serializeSignature,
  signatureToCompactSignature,
  stringToBytes,
} from "viem";
import { describe, expect, test } from "vitest";
import { validShop } from "../documents/fixtures.ts";
import { CHAIN_ID, carrierAccount, SHOP_ID, shopOwner } from "./fixtures.ts";

const shopRequest = { chainId: CHAIN_ID, account: shopOwner.address, role: "shop", shopId: SHOP_ID } as const;

async function keyFor(parameters: Parameters<typeof encryptionKeyTypedData>[0], account = shopOwner) {
  return deriveEncryptionKeyPair(await account.signTypedData(encryptionKeyTypedData(parameters))).publicKey;
}

describe("encryptionKeyTypedData", () => {
  test("hashes as the documented EncryptionKeyRequest struct in the Grandrue domain", () => {
    const typedData = encryptionKeyTypedData(shopRequest);
    expect(typedData.domain).toEqual({ name: "Grandrue", version: "1", chainId: CHAIN_ID });
    const typeHash = keccak256(
      stringToBytes("EncryptionKeyRequest(string purpose,string role,uint256 subjectId,address account)"),
    );
    const expected = keccak256(
      encodeAbiParameters(
        [{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }, { type: "uint256" }, { type: "address" }],
        [
          typeHash,
          keccak256(stringToBytes(ENCRYPTION_KEY_PURPOSE)),
          keccak256(stringToBytes("shop")),
          SHOP_ID,
          shopOwner.address,
        ],
      ),
    );
    expect(hashStruct({ data: typedData.message, primaryType: typedData.primaryType, types: typedData.types })).toBe(
      expected,
    );
  });

  test("is signable by a wallet, and the signature recovers to the account", async () => {
    const typedData = encryptionKeyTypedData(shopRequest);
    const signature = await shopOwner.signTypedData(typedData);
    expect(await recoverTypedDataAddress({ ...typedData, signature })).toBe(shopOwner.address);
  });

  test("gives carriers subject id 0", () => {
    expect(
      encryptionKeyTypedData({ chainId: CHAIN_ID, account: carrierAccount.address, role: "carrier" }).message.subjectId,
    ).toBe(0n);
  });
});

describe("deriveEncryptionKeyPair", () => {
  test("gives the same key pair for the same signature, and a deterministic signer gives the same signature again", async () => {
    const typedData = encryptionKeyTypedData(shopRequest);
    const first = await shopOwner.signTypedData(typedData);
    const second = await shopOwner.signTypedData(typedData);
    expect(second).toBe(first);
    expect(deriveEncryptionKeyPair(first)).toEqual(deriveEncryptionKeyPair(second));
  });

  test("returns a secret key whose x25519 public key is the published one, in the shop document format", async () => {
    const { secretKey, publicKey } = deriveEncryptionKeyPair(
      await shopOwner.signTypedData(encryptionKeyTypedData(shopRequest)),
    );
    expect(secretKey).toHaveLength(32);
    expect(publicKey).toBe(bytesToHex(x25519.getPublicKey(secretKey)));
    expect(parseShopMetadata({ ...validShop(), encryptionPublicKey: publicKey }).encryptionPublicKey).toBe(publicKey);
  });

  test("separates keys by shop, role, chain and account", async () => {
    const keys = [
      await keyFor(shopRequest),
      await keyFor({ ...shopRequest, shopId: SHOP_ID + 1n }),
      await keyFor({ chainId: CHAIN_ID, account: shopOwner.address, role: "carrier" }),
      await keyFor({ ...shopRequest, chainId: 1 }),
      await keyFor({ ...shopRequest, account: carrierAccount.address }, carrierAccount),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("gives the same key for the high-s, v = 0/1 and compact encodings of one signature", async () => {
    const signature = await shopOwner.signTypedData(encryptionKeyTypedData(shopRequest));
    const { r, s, yParity } = parseSignature(signature);
    const highS = numberToHex(secp256k1.Point.Fn.ORDER - BigInt(s), { size: 32 });
    const variants: Hex[] = [
      serializeSignature({ r, s: highS, yParity: 1 - yParity }),
      `0x${signature.slice(2, -2)}${yParity === 0 ? "00" : "01"}`,
      serializeCompactSignature(signatureToCompactSignature({ r, s, yParity: 0 })),
      serializeCompactSignature(signatureToCompactSignature({ r, s, yParity: 1 })),
    ];
    for (const variant of variants)
      expect(deriveEncryptionKeyPair(variant)).toEqual(deriveEncryptionKeyPair(signature));
  });

  test("rejects signatures of the wrong length or with out-of-range values", () => {
    for (const signature of ["0x", `0x${"11".repeat(66)}`, `0x${"zz".repeat(65)}`, "not hex"] as Hex[]) {
      expect(() => deriveEncryptionKeyPair(signature)).toThrow(InvalidSignatureError);
    }
    expect(() => signatureSeed(`0x${"00".repeat(32)}${"11".repeat(32)}1b`)).toThrow("out of range");
    expect(() => signatureSeed(`0x${"11".repeat(32)}${"ff".repeat(32)}1b`)).toThrow("out of range");
  });
});
