import { base64url } from "multiformats/bases/base64";
import { bytesToBigInt, bytesToHex, concatBytes, getAddress, type Hex, numberToBytes } from "viem";
import type { RewardRedemption } from "./redemptionTypedData.ts";

const PREFIX = "GRL1-";
/** shopId (32) · buyer (20) · stamps (4) · nonce (32) · deadline (8) · signature (65). */
const FIELD_SIZES = [32, 20, 4, 32, 8, 65] as const;
const CODE_BYTES = FIELD_SIZES.reduce((sum, size) => sum + size, 0);

/** A signed reward redemption, as the buyer's app produces it and the shop submits it. */
export type SignedRedemption = { redemption: RewardRedemption; signature: Hex };

/** The text is not a redemption code written by {@link encodeRedemptionCode}. */
export class InvalidRedemptionCodeError extends Error {
  constructor(reason: string) {
    super(`This is not a reward code: ${reason}`);
    this.name = "InvalidRedemptionCodeError";
  }
}

/**
 * A signed redemption as one short line of text (about 220 URL-safe characters) the buyer shows at the counter, as
 * text or a QR code, and the shop pastes or scans.
 * @example const code = encodeRedemptionCode(await signRewardRedemption(buyerWallet, loyalty, { shopId, stamps: 10 }))
 */
export function encodeRedemptionCode({ redemption, signature }: SignedRedemption): string {
  const bytes = concatBytes([
    numberToBytes(redemption.shopId, { size: 32 }),
    numberToBytes(BigInt(redemption.buyer), { size: 20 }),
    numberToBytes(redemption.stamps, { size: 4 }),
    numberToBytes(redemption.nonce, { size: 32 }),
    numberToBytes(redemption.deadline, { size: 8 }),
    numberToBytes(BigInt(signature), { size: 65 }),
  ]);
  return PREFIX + base64url.baseEncode(bytes);
}

/**
 * Reads a code written by {@link encodeRedemptionCode} (surrounding spaces and line breaks are ignored). It does not
 * check the signature: the loyalty contract does, and `redeemReward` fails with its reason.
 * @throws InvalidRedemptionCodeError when the text is not such a code.
 * @example const signed = decodeRedemptionCode(pastedText); await redeemReward(merchantWallet, loyalty, signed)
 */
export function decodeRedemptionCode(code: string): SignedRedemption {
  const text = code.replace(/\s+/g, "");
  if (!text.startsWith(PREFIX)) throw new InvalidRedemptionCodeError(`it should start with ${PREFIX}`);
  let bytes: Uint8Array;
  try {
    bytes = base64url.baseDecode(text.slice(PREFIX.length));
  } catch {
    throw new InvalidRedemptionCodeError("it contains characters a code never has");
  }
  if (bytes.length !== CODE_BYTES) throw new InvalidRedemptionCodeError("it is incomplete or too long");
  const fields: Uint8Array[] = [];
  let offset = 0;
  for (const size of FIELD_SIZES) {
    fields.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  const [shopId, buyer, stamps, nonce, deadline, signature] = fields as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  return {
    redemption: {
      shopId: bytesToBigInt(shopId),
      buyer: getAddress(bytesToHex(buyer)),
      stamps: Number(bytesToBigInt(stamps)),
      nonce: bytesToBigInt(nonce),
      deadline: bytesToBigInt(deadline),
    },
    signature: bytesToHex(signature),
  };
}
