import { orderIdHex } from "@grandrue/sdk";

/** The order's short reference, the same in every view and in the command line (see the SDK's `orderReference`). */
export { orderReference } from "@grandrue/sdk";

/**
 * The app path of an order: its id as 64 hexadecimal digits (ids are hashes, too long to read as decimals), as in
 * the merchant's and the carrier's paths.
 * @example orderPath(12n) // "/orders/0x000…00c"
 */
export function orderPath(orderId: bigint): string {
  return `/orders/${orderIdHex(orderId)}`;
}
