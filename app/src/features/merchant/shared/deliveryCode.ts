import { normalizeDeliveryCode, toCodeHash, toDeliveryProof } from "@grandrue/sdk";
import type { Hex } from "viem";

/** What a typed delivery code turned out to be. */
export type DeliveryCodeCheck =
  | { isValid: true; normalized: string; deliveryProof: Hex }
  | { isValid: false; reason: "format" | "wrong"; normalized?: string };

/**
 * Checks a code typed (or pasted) by the shop at the counter or the courier at the door, before any transaction:
 * lower case, spaces and dashes are accepted and O/I/L read as 0/1; then its hash must be the order's `codeHash`.
 * Returns the delivery proof to send on-chain (`toDeliveryProof`) when it matches.
 * @example checkDeliveryCode(" 7k3m-q9tx b2rc-w5hn ", order.terms.codeHash) // { isValid: true, normalized: "7K3MQ9TXB2RCW5HN", deliveryProof: "0x…" }
 */
export function checkDeliveryCode(typed: string, codeHash: Hex): DeliveryCodeCheck {
  let normalized: string;
  try {
    normalized = normalizeDeliveryCode(typed);
  } catch {
    return { isValid: false, reason: "format" };
  }
  if (toCodeHash(normalized).toLowerCase() !== codeHash.toLowerCase())
    return { isValid: false, reason: "wrong", normalized };
  return { isValid: true, normalized, deliveryProof: toDeliveryProof(normalized) };
}
