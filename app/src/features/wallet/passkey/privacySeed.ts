import { secp256k1 } from "@noble/curves/secp256k1.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import {
  bytesToBigInt,
  bytesToHex,
  concat,
  type Hex,
  hashTypedData,
  hexToBytes,
  numberToHex,
  stringToBytes,
  type TypedDataDefinition,
} from "viem";

/**
 * The typed-data requests whose signature the app uses as a secret, not as a signature: the delivery-code seed and
 * the encryption keys (`sdk/src/privacy/`). A wallet signs them with a deterministic key; a passkey signs with a fresh
 * random nonce each time, so its signature cannot seed anything. The passkey wallet answers them from its privacy
 * secret instead (below).
 */
const SEED_REQUESTS = new Set(["DeliveryCodeSeedRequest", "EncryptionKeyRequest"]);

/** Whether `typedData` asks for one of the app's seeds (domain "Grandrue"), which a passkey answers from its secret. */
export function isSeedRequest(typedData: TypedDataDefinition): boolean {
  return typedData.domain?.name === "Grandrue" && SEED_REQUESTS.has(String(typedData.primaryType));
}

const SEED_SALT = stringToBytes("grandrue/passkey-seed/1");
const ORDER = secp256k1.Point.Fn.ORDER;

/**
 * The deterministic stand-in for a wallet's signature of a seed request: `r ‖ s ‖ v` with r and s derived by
 * HKDF-SHA256 from the passkey's privacy secret and the request's EIP-712 hash, in the range a secp256k1 signature
 * has (what `signatureSeed` accepts). Same secret and request, same answer, on every device with the same secret.
 */
export function seedSignature(secret: Uint8Array, typedData: TypedDataDefinition): Hex {
  const material = hkdf(sha256, secret, SEED_SALT, hexToBytes(hashTypedData(typedData)), 96);
  const scalar = (bytes: Uint8Array) => (bytesToBigInt(bytes) % (ORDER / 2n - 1n)) + 1n;
  const r = scalar(material.subarray(0, 48));
  const s = scalar(material.subarray(48, 96));
  return concat([numberToHex(r, { size: 32 }), numberToHex(s, { size: 32 }), "0x1b"]);
}

const secrets = new Map<Hex, Uint8Array>();
const LOCAL_SECRET_KEY = (credentialId: Hex) => `grandrue.passkeys.secret.${credentialId}`;

/** Keeps the PRF output a passkey prompt gave (in memory only, for this visit). */
export function rememberPrfSecret(credentialId: Hex, prf: Uint8Array): void {
  secrets.set(credentialId, prf);
}

/** The PRF secret of `credentialId` already given during this visit, if any. */
export function knownPrfSecret(credentialId: Hex): Uint8Array | undefined {
  return secrets.get(credentialId);
}

/**
 * The fallback for an authenticator without the PRF extension: a random secret made on this device and kept in its
 * storage. It does not follow the passkey: on another device, delivery codes of earlier orders cannot be derived
 * again (each order's code is also kept on the device that paid it) and shipping details sealed to this key cannot
 * be read there.
 */
export function deviceSecret(credentialId: Hex): Uint8Array {
  const key = LOCAL_SECRET_KEY(credentialId);
  const stored = localStorage.getItem(key);
  if (stored !== null) return hexToBytes(stored as Hex);
  const secret = crypto.getRandomValues(new Uint8Array(32));
  localStorage.setItem(key, bytesToHex(secret));
  return secret;
}
