import {
  deploymentBlock,
  getLogsInRanges,
  MIN_ORDER_PREFIX_DIGITS,
  orderPaidEvent,
  orderReference,
  ordersMatchingReference,
  parseOrderReference,
} from "@grandrue/sdk";
import type { Connection } from "./connection.ts";
import { CliError, UsageError } from "./errors.ts";

/**
 * The order an argument names: its full id (64 hex digits or decimal), its short reference as the app and `orders
 * list` show it (`0xa15e3c91`), or any start of its hex id from 4 digits (`0xa15e`, `0xa15e…`), looked up among
 * the orders paid in the escrow.
 * @throws UsageError when the text is no order reference; CliError when no order, or more than one, starts with it.
 */
export async function resolveOrderId(connection: Connection, text: string): Promise<bigint> {
  const parsed = parseOrderReference(text);
  if (parsed === undefined) {
    throw new UsageError(
      `"${text}" is not an order id: give its reference as the app and orders list show it (0x and at least ${MIN_ORDER_PREFIX_DIGITS} hex digits, e.g. 0xa15e3c91), or its full id`,
    );
  }
  if ("orderId" in parsed) return parsed.orderId;
  const logs = await getLogsInRanges(connection.publicClient, {
    address: connection.deployment.contracts.Escrow.address,
    events: [orderPaidEvent],
    fromBlock: deploymentBlock(connection.deployment, "Escrow"),
  });
  const shopOf = new Map(logs.map((log) => [log.args.orderId, log.args.shopId]));
  const matches = ordersMatchingReference(text, shopOf.keys());
  if (matches.length === 0) throw new CliError(`No order paid in this escrow has an id starting with ${parsed.prefix}`);
  if (matches.length > 1) {
    throw new CliError(
      `${matches.length} orders have an id starting with ${parsed.prefix}: give more digits`,
      matches.map((orderId) => `${orderReference(orderId)} (shop ${shopOf.get(orderId)})`),
    );
  }
  return matches[0]!;
}
