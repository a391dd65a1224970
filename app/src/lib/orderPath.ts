import { shortHex } from "./format.ts";

function orderHex(orderId: bigint): string {
  return `0x${orderId.toString(16).padStart(64, "0")}`;
}

/**
 * The app path of an order: its id as 64 hexadecimal digits (ids are hashes, too long to read as decimals).
 * @example orderPath(12n) // "/orders/0x000…00c"
 */
export function orderPath(orderId: bigint): string {
  return `/orders/${orderHex(orderId)}`;
}

/**
 * A short reference to read out or compare with a receipt: the id's first and last digits, as everywhere in the app.
 * @example orderReference(42n) // "0x0000…002a"
 */
export function orderReference(orderId: bigint): string {
  return shortHex(orderHex(orderId));
}
