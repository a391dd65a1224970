import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { type Address, concat, type Hex, numberToBytes, stringToBytes, type TypedDataDefinition } from "viem";
import { grandrueDomain } from "../privacy/eip712Domain.ts";
import { signatureSeed } from "../privacy/signatureSeed.ts";
import { DELIVERY_CODE_LENGTH, deliveryCodeFromBytes, formatDeliveryCode, toCodeHash } from "./deliveryCode.ts";

/** The text the wallet shows when the buyer unlocks its delivery codes. */
export const DELIVERY_CODE_PURPOSE =
  "Unlock my Grandrue delivery codes. Sign this only in the Grandrue app: whoever holds this signature can confirm my deliveries.";

/** `DeliveryCodeSeedRequest(string purpose,address account)` */
export const deliveryCodeSeedTypes = {
  DeliveryCodeSeedRequest: [
    { name: "purpose", type: "string" },
    { name: "account", type: "address" },
  ],
} as const;

const CODE_SALT = stringToBytes("grandrue/delivery-code/1");
const CODE_INFO = stringToBytes("order nonce ");

/**
 * The EIP-712 message (domain `{ name: "Grandrue", version: "1", chainId }`) whose signature seeds all of a
 * buyer's delivery codes on one chain, for `signTypedData`.
 * @example const seedSignature = await walletClient.signTypedData(deliveryCodeSeedTypedData({ chainId, account }))
 */
export function deliveryCodeSeedTypedData(parameters: { chainId: number; account: Address }) {
  return {
    domain: grandrueDomain(parameters.chainId),
    types: deliveryCodeSeedTypes,
    primaryType: "DeliveryCodeSeedRequest",
    message: { purpose: DELIVERY_CODE_PURPOSE, account: parameters.account },
  } as const satisfies TypedDataDefinition<typeof deliveryCodeSeedTypes, "DeliveryCodeSeedRequest">;
}

/**
 * The delivery code of one order, derived from the buyer's seed signature so that any device with the wallet
 * can find it again: HKDF-SHA256 over the signature's `r ‖ s`, salt `"grandrue/delivery-code/1"`, info
 * `"order nonce " ‖ uint256(orderNonce)`, 16 bytes mapped to 16 code characters (80 bits, as a random code).
 *
 * `orderNonce` must differ for every order of the buyer on the chain: a code used twice is known to the first
 * courier. A simple choice that another device can rebuild is the number of orders the buyer placed before (from
 * the escrow's events), incremented for each order of a checkout. Needs a deterministic signer (RFC 6979).
 * @throws InvalidSignatureError if the signature is malformed; RangeError if the nonce is not a uint256.
 * @example const code = deriveDeliveryCode(seedSignature, 3n) // "7K3M-Q9TX-B2RC-W5HN"
 */
export function deriveDeliveryCode(signature: Hex, orderNonce: bigint): string {
  if (orderNonce < 0n || orderNonce >= 1n << 256n) {
    throw new RangeError(`orderNonce must be a uint256 (got ${orderNonce})`);
  }
  const bytes = hkdf(
    sha256,
    signatureSeed(signature),
    CODE_SALT,
    concat([CODE_INFO, numberToBytes(orderNonce, { size: 32 })]),
    DELIVERY_CODE_LENGTH,
  );
  return formatDeliveryCode(deliveryCodeFromBytes(bytes));
}

/**
 * Finds the code of an order on a new device: tries each candidate nonce until a derived code matches the
 * order's on-chain `codeHash`.
 * @returns The code, formatted for display, or `undefined` if no candidate matches.
 * @example const code = recoverDeliveryCode(seedSignature, order.codeHash, [0n, 1n, 2n, 3n, 4n])
 */
export function recoverDeliveryCode(signature: Hex, codeHash: Hex, orderNonces: Iterable<bigint>): string | undefined {
  const wanted = codeHash.toLowerCase();
  for (const orderNonce of orderNonces) {
    const code = deriveDeliveryCode(signature, orderNonce);
    if (toCodeHash(code) === wanted) return code;
  }
  return undefined;
}
