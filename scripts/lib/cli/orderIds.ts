import { deploymentBlock, getLogsInRanges, orderPaidEvent } from "@grandrue/sdk";
import { type Hex, toHex } from "viem";
import type { Connection } from "./connection.ts";
import { CliError, UsageError } from "./errors.ts";

const SHORT_ID_DIGITS = 10;
const MIN_PREFIX_DIGITS = 6;
const MAX_UINT256 = (1n << 256n) - 1n;

/** An order id as 32 bytes of hex, the way block explorers show it. */
export function orderIdHex(orderId: bigint): Hex {
  return toHex(orderId, { size: 32 });
}

/**
 * The first 10 hex digits of an order id, as `orders list` shows it; every order command takes it back.
 * @example shortOrderId(orderId) // "0x5f3a91c2d4"
 */
export function shortOrderId(orderId: bigint): string {
  return orderIdHex(orderId).slice(0, 2 + SHORT_ID_DIGITS);
}

/**
 * The order an argument names: a full id (decimal, or 64 hex digits) or the start of its hex id (at least 6 digits,
 * as `orders list` prints it), looked up among the orders paid in the escrow.
 * @throws UsageError when the text is no order id; CliError when no order, or more than one, starts with it.
 */
export async function resolveOrderId(connection: Connection, text: string): Promise<bigint> {
  if (/^\d{1,78}$/.test(text) && BigInt(text) <= MAX_UINT256) return BigInt(text);
  if (/^0x[0-9a-fA-F]{64}$/.test(text)) return BigInt(text);
  if (!new RegExp(`^0x[0-9a-fA-F]{${MIN_PREFIX_DIGITS},63}$`).test(text)) {
    throw new UsageError(
      `"${text}" is not an order id: give it as orders list prints it (0x and at least ${MIN_PREFIX_DIGITS} hex digits), or in full`,
    );
  }
  const prefix = text.toLowerCase();
  const logs = await getLogsInRanges(connection.publicClient, {
    address: connection.deployment.contracts.Escrow.address,
    events: [orderPaidEvent],
    fromBlock: deploymentBlock(connection.deployment, "Escrow"),
  });
  const matches = logs.map((log) => log.args.orderId).filter((orderId) => orderIdHex(orderId).startsWith(prefix));
  if (matches.length === 0) throw new CliError(`No order paid in this escrow has an id starting with ${text}`);
  if (matches.length > 1)
    throw new CliError(`${matches.length} orders have an id starting with ${text}: give more digits`);
  return matches[0]!;
}
