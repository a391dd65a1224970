import { randomBytes } from "@noble/ciphers/utils.js";
import { type Hex, keccak256, stringToBytes } from "viem";
import { InvalidDeliveryCodeError } from "./invalidDeliveryCodeError.ts";

/** Crockford's base32 alphabet: digits and capitals without I, L, O and U, which are easily misread. */
export const DELIVERY_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Characters in a delivery code: 16 × 5 bits = 80 bits of entropy. */
export const DELIVERY_CODE_LENGTH = 16;

const GROUP_LENGTH = 4;
const MAX_TYPED_LENGTH = 64;
const MISREAD_CHARACTERS: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };

/**
 * Creates a random delivery code for a new order, shown as four groups: `7K3M-Q9TX-B2RC-W5HN`.
 *
 * The buyer keeps it on the device (or recovers it with `deriveDeliveryCode`) and gives it to the courier on
 * delivery; the order stores only `toCodeHash(code)`. That hash is public on-chain, so the threat is not
 * guessing through transactions but offline search against the hash. 16 characters from a 32-letter alphabet
 * give 2^80 ≈ 1.2 × 10^24 codes: at a generous 10^10 hashes per second per GPU, a farm of 10,000 GPUs would
 * need about 190 years on average to find one order's code, far beyond any order's value or deadline.
 * (8 characters, 40 bits, would fall to a single GPU in about a minute.)
 * @example const code = createDeliveryCode(); const codeHash = toCodeHash(code)
 */
export function createDeliveryCode(): string {
  return formatDeliveryCode(deliveryCodeFromBytes(randomBytes(DELIVERY_CODE_LENGTH)));
}

/** Maps 16 uniform bytes to a code: each byte's low 5 bits pick a character (256 is a multiple of 32, so no bias). */
export function deliveryCodeFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, DELIVERY_CODE_LENGTH), (byte) => DELIVERY_CODE_ALPHABET[byte & 31]).join("");
}

/**
 * The canonical form of a typed code: 16 upper-case characters without separators. Accepts lower case, spaces
 * and dashes, and reads O as 0 and I or L as 1.
 * @throws InvalidDeliveryCodeError if the text is not a delivery code.
 * @example normalizeDeliveryCode('7k3m q9tx-b2rc-w5hn') // '7K3MQ9TXB2RCW5HN'
 */
export function normalizeDeliveryCode(typed: string): string {
  if (typeof typed !== "string" || typed.length > MAX_TYPED_LENGTH) {
    throw new InvalidDeliveryCodeError(`a delivery code is ${DELIVERY_CODE_LENGTH} characters`);
  }
  const code = typed
    .replace(/[\s-]/g, "")
    .toUpperCase()
    .replace(/[OIL]/g, (character) => MISREAD_CHARACTERS[character] ?? character);
  if (code.length !== DELIVERY_CODE_LENGTH) {
    throw new InvalidDeliveryCodeError(`a delivery code is ${DELIVERY_CODE_LENGTH} characters (got ${code.length})`);
  }
  if (![...code].every((character) => DELIVERY_CODE_ALPHABET.includes(character))) {
    throw new InvalidDeliveryCodeError("a delivery code uses only digits and the letters A-Z except I, L, O and U");
  }
  return code;
}

/**
 * Writes a code in groups of four for display: `7K3M-Q9TX-B2RC-W5HN`.
 * @throws InvalidDeliveryCodeError if the text is not a delivery code.
 */
export function formatDeliveryCode(code: string): string {
  return (
    normalizeDeliveryCode(code)
      .match(new RegExp(`.{${GROUP_LENGTH}}`, "g"))
      ?.join("-") ?? ""
  );
}

/**
 * The 32-byte value the courier submits on-chain for a typed code (`CheckpointAttestation.code`):
 * `keccak256(utf8(normalizeDeliveryCode(code)))`.
 * @throws InvalidDeliveryCodeError if the text is not a delivery code.
 * @example await recordDelivery({ orderId, code: toDeliveryProof(typedByCourier) })
 */
export function toDeliveryProof(code: string): Hex {
  return keccak256(stringToBytes(normalizeDeliveryCode(code)));
}

/**
 * The commitment an order stores (`Order.codeHash`): `keccak256(abi.encodePacked(bytes32 code))` with
 * `code = toDeliveryProof(code)`, which is what the contract checks the courier's value against.
 * @throws InvalidDeliveryCodeError if the text is not a delivery code.
 */
export function toCodeHash(code: string): Hex {
  return keccak256(toDeliveryProof(code));
}
