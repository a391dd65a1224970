import { type Address, type Hex, pad, toHex } from "viem";

/**
 * The 32-byte log topic of an indexed `uint256` or `address` argument, for filtering logs on it.
 * @example getLogsInRanges(client, { ..., topics: [toTopic(orderId)] }) // topic 1 = the order id
 */
export function toTopic(value: bigint | Address): Hex {
  return typeof value === "bigint" ? toHex(value, { size: 32 }) : pad(value.toLowerCase() as Hex, { size: 32 });
}
