import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { type Address, bytesToHex, type Hex, stringToBytes, type TypedDataDefinition } from "viem";
import { grandrueDomain } from "./eip712Domain.ts";
import { signatureSeed } from "./signatureSeed.ts";

/** The text the wallet shows; it tells the owner what the signature unlocks and where to sign it. */
export const ENCRYPTION_KEY_PURPOSE =
  "Unlock my Grandrue encryption key. Sign this only in the Grandrue app: whoever holds this signature can read the shipping details sent to me.";

/** `EncryptionKeyRequest(string purpose,string role,uint256 subjectId,address account)` */
export const encryptionKeyTypes = {
  EncryptionKeyRequest: [
    { name: "purpose", type: "string" },
    { name: "role", type: "string" },
    { name: "subjectId", type: "uint256" },
    { name: "account", type: "address" },
  ],
} as const;

export type EncryptionKeyRole = "shop" | "carrier";

/** Whose key: a shop (by id) or a carrier (by its account alone), on one chain, for the signing account. */
export type EncryptionKeyRequestParameters = { chainId: number; account: Address } & (
  | { role: "shop"; shopId: bigint }
  | { role: "carrier" }
);

/** An x25519 key pair: the secret stays in memory; the public key is published as hex in the shop or carrier document. */
export type EncryptionKeyPair = { readonly secretKey: Uint8Array; readonly publicKey: Hex };

const KEY_SALT = stringToBytes("grandrue/encryption-key/1");
const KEY_INFO = stringToBytes("x25519 secret key");

/**
 * The EIP-712 message whose signature seeds a shop's or carrier's encryption key, for `signTypedData`.
 *
 * Domain `{ name: "Grandrue", version: "1", chainId }` (no verifying contract: nothing on-chain reads it).
 * Message `EncryptionKeyRequest(string purpose,string role,uint256 subjectId,address account)` with `role`
 * `"shop"` and `subjectId` the shop id, or `role` `"carrier"` and `subjectId` 0 (a carrier is its account).
 * Every field that differs gives a different signature and so an unrelated key: one wallet owning two shops
 * has two keys, and a shop key differs from the same wallet's carrier key and from the same shop on another
 * chain. When a shop changes hands, the new owner's account gives a new key, to publish in new shop metadata.
 * @example
 * const signature = await walletClient.signTypedData(encryptionKeyTypedData({ chainId, account, role: 'shop', shopId: 7n }))
 * const { publicKey, secretKey } = deriveEncryptionKeyPair(signature)
 */
export function encryptionKeyTypedData(parameters: EncryptionKeyRequestParameters) {
  return {
    domain: grandrueDomain(parameters.chainId),
    types: encryptionKeyTypes,
    primaryType: "EncryptionKeyRequest",
    message: {
      purpose: ENCRYPTION_KEY_PURPOSE,
      role: parameters.role,
      subjectId: parameters.role === "shop" ? parameters.shopId : 0n,
      account: parameters.account,
    },
  } as const satisfies TypedDataDefinition<typeof encryptionKeyTypes, "EncryptionKeyRequest">;
}

/**
 * Derives the x25519 key pair from the signature of {@link encryptionKeyTypedData}: HKDF-SHA256 over the
 * signature's `r ‖ s` (see `signatureSeed`), salt `"grandrue/encryption-key/1"`, info `"x25519 secret key"`,
 * 32 bytes. Nothing needs storing: signing again gives the key again.
 *
 * That holds for deterministic signers (RFC 6979: viem local accounts, MetaMask, Ledger, Trezor). A wallet that
 * signs with fresh randomness, or a contract wallet, gives a new key each time: the app should compare the
 * derived `publicKey` with the published one and say so when they differ. The signature *is* the key: never
 * send or store it.
 * @throws InvalidSignatureError if the signature is malformed.
 */
export function deriveEncryptionKeyPair(signature: Hex): EncryptionKeyPair {
  const secretKey = hkdf(sha256, signatureSeed(signature), KEY_SALT, KEY_INFO, 32);
  return { secretKey, publicKey: bytesToHex(x25519.getPublicKey(secretKey)) };
}
