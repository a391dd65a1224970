import { shortHex } from "../../../lib/format.ts";

/** The short reference the whole app shows for an order, so the shop, the courier and the customer name it alike: "0x5f3a…9b2c". */
export function orderReference(orderId: bigint): string {
  return shortHex(`0x${orderId.toString(16).padStart(64, "0")}`);
}
