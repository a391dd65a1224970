import { secp256k1 } from "@noble/curves/secp256k1.js";
import { concat, type Hex, hexToBigInt, numberToBytes, size, slice } from "viem";
import { InvalidSignatureError } from "./errors.ts";

const SECP256K1_ORDER = secp256k1.Point.Fn.ORDER;
const SIGNATURE_HEX = /^0x(?:[0-9a-fA-F]{128}|[0-9a-fA-F]{130})$/;
const COMPACT_PARITY_BIT = 1n << 255n;

/**
 * The secret part of an ECDSA signature, `r ‖ s` (64 bytes), normalised so that every valid encoding of the
 * same signature gives the same seed: the recovery byte is dropped, a compact EIP-2098 signature has its parity
 * bit cleared from `s`, and a high `s` is replaced by `n − s` (the low-s form RFC 6979 signers emit).
 * @throws InvalidSignatureError if the signature is not 64 or 65 bytes of hex, or `r`/`s` are out of range.
 */
export function signatureSeed(signature: Hex): Uint8Array {
  if (!SIGNATURE_HEX.test(signature)) {
    throw new InvalidSignatureError("expected a 65-byte (or 64-byte compact) signature as 0x-prefixed hex");
  }
  const r = hexToBigInt(slice(signature, 0, 32));
  let s = hexToBigInt(slice(signature, 32, 64));
  if (size(signature) === 64) s &= COMPACT_PARITY_BIT - 1n;
  if (r === 0n || r >= SECP256K1_ORDER || s === 0n || s >= SECP256K1_ORDER) {
    throw new InvalidSignatureError("the signature values r and s are out of range");
  }
  if (s > SECP256K1_ORDER / 2n) s = SECP256K1_ORDER - s;
  return concat([numberToBytes(r, { size: 32 }), numberToBytes(s, { size: 32 })]);
}
