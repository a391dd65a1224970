import { type Address, type Hex, pad, toHex } from "viem";

/**
 * The 32-byte log topic of an indexed `uint256` or `address` argument, for filtering logs on it.
 * @example getLogsInRanges(client, { ..., topics: [toTopic(orderId)] }) // topic 1 = the order id
 */
export function toTopic(value: bigint | Address): Hex {
  return typeof value === "bigint" ? toHex(value, { size: 32 }) : pad(value.toLowerCase() as Hex, { size: 32 });
}

/** Order ids per request: a topic filter with one alternative per order stays well under nodes' limits. */
const ORDER_IDS_PER_REQUEST = 200;

/**
 * The topics of many order ids, in groups small enough for one OR-ed topic filter each.
 * @example for (const ids of orderIdTopicGroups(orderIds)) await getLogsInRanges(client, { ..., topics: [ids] })
 */
export function orderIdTopicGroups(orderIds: readonly bigint[]): Hex[][] {
  const topics = orderIds.map((orderId) => toTopic(orderId));
  return Array.from({ length: Math.ceil(topics.length / ORDER_IDS_PER_REQUEST) }, (_, index) =>
    topics.slice(index * ORDER_IDS_PER_REQUEST, (index + 1) * ORDER_IDS_PER_REQUEST),
  );
}
