import { getOrder, type OrderDetails, OrderNotFoundError, orderIdHex } from "@grandrue/sdk";
import type { Connection } from "./connection.ts";
import { CliError } from "./errors.ts";
import { resolveOrderId } from "./orderIds.ts";

/**
 * The order an argument names (full id or the start of its hex id), with its terms and state.
 * @throws CliError when no such order was paid in this escrow.
 */
export async function findOrder(connection: Connection, text: string): Promise<OrderDetails> {
  const orderId = await resolveOrderId(connection, text);
  try {
    return await getOrder(connection.publicClient, connection.deployment, { orderId });
  } catch (error) {
    if (error instanceof OrderNotFoundError)
      throw new CliError(`No order ${orderIdHex(orderId)} was paid in this escrow`);
    throw error;
  }
}
