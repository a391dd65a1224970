import { type Hex, toHex } from "viem";

/** Hex digits of an order's short reference: `0x` and the first 8 digits of its id (1 chance in 4 billion to clash). */
export const ORDER_REFERENCE_DIGITS = 8;

/** The fewest hex digits that may name an order by the start of its id, when only one order starts with them. */
export const MIN_ORDER_PREFIX_DIGITS = 4;

const MAX_ORDER_ID = (1n << 256n) - 1n;

/**
 * An order id as 64 hex digits, the way block explorers show it: the full id to copy.
 * @example orderIdHex(42n) // "0x000000000000000000000000000000000000000000000000000000000000002a"
 */
export function orderIdHex(orderId: bigint): Hex {
  return toHex(orderId, { size: 32 });
}

/**
 * The short reference people read out, compare with a receipt and type in the command line: the start of the id.
 * The app, the command line and receipts all show this one.
 * @example orderReference(0xa15e3c91d4…n) // "0xa15e3c91"
 */
export function orderReference(orderId: bigint): string {
  return orderIdHex(orderId).slice(0, 2 + ORDER_REFERENCE_DIGITS);
}

/** What a typed order reference names: a whole id, or the start of one (lower-case hex after `0x`). */
export type ParsedOrderReference = { orderId: bigint } | { prefix: Hex };

/**
 * Reads an order as people give it: the whole id (64 hex digits, or in decimal) or the start of its hex id, at least
 * 4 digits (a short reference as shown, `0xa15e3c91`, or fewer), with or without a trailing ellipsis as copied from
 * the app. Undefined when the text is neither.
 * @example parseOrderReference("0xA15E…") // { prefix: "0xa15e" }
 * @example parseOrderReference("42") // { orderId: 42n }
 */
export function parseOrderReference(text: string): ParsedOrderReference | undefined {
  const trimmed = text.trim().replace(/(?:…|\.\.\.)$/, "");
  if (/^\d{1,78}$/.test(trimmed)) {
    const orderId = BigInt(trimmed);
    return orderId <= MAX_ORDER_ID ? { orderId } : undefined;
  }
  if (/^0x[0-9a-fA-F]{64}$/.test(trimmed)) return { orderId: BigInt(trimmed) };
  if (new RegExp(`^0x[0-9a-fA-F]{${MIN_ORDER_PREFIX_DIGITS},63}$`).test(trimmed)) {
    return { prefix: trimmed.toLowerCase() as Hex };
  }
  return undefined;
}

/**
 * The orders among `orderIds` that a typed reference names (see {@link parseOrderReference}): one when it names one
 * unambiguously, several when more start with it, none when nothing does or the text is no reference.
 * @example ordersMatchingReference("0xa15e", orderIds) // [0xa15e3c91…n]
 */
export function ordersMatchingReference(text: string, orderIds: Iterable<bigint>): bigint[] {
  const parsed = parseOrderReference(text);
  if (parsed === undefined) return [];
  const matches = new Set<bigint>();
  for (const orderId of orderIds) {
    if ("orderId" in parsed ? orderId === parsed.orderId : orderIdHex(orderId).startsWith(parsed.prefix))
      matches.add(orderId);
  }
  return [...matches];
}
