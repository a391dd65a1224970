import type { ContractFunctionArgs, Hex } from "viem";
import type { escrowAbi } from "../generated/abis.ts";

/** The immutable terms of an order, exactly as the escrow commits to them (the `Order` struct). */
export type OrderTerms = ContractFunctionArgs<typeof escrowAbi, "nonpayable", "accept">[0];

/** What a buyer asks for one order in a checkout (the `OrderRequest` struct). */
export type OrderRequest = ContractFunctionArgs<typeof escrowAbi, "payable", "checkout">[0][number];

/** Order statuses, in the contract's enum order. `None` is an order that does not exist. */
export const ORDER_STATUSES = [
  "None",
  "Paid",
  "Accepted",
  "Shipped",
  "Delivered",
  "Completed",
  "Cancelled",
  "Declined",
  "Expired",
  "Disputed",
  "Resolved",
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Delivery checkpoints, in the contract's enum order. */
export const CHECKPOINTS = [
  "None",
  "PickedUp",
  "InTransit",
  "OutForDelivery",
  "Delivered",
  "FailedAttempt",
  "Returned",
] as const;

export type Checkpoint = (typeof CHECKPOINTS)[number];

/** How a dispute ended, in the contract's `Resolution` enum order. */
export const RESOLUTIONS = ["None", "Settlement", "Ruling", "Timeout"] as const;

export type Resolution = (typeof RESOLUTIONS)[number];

/** The moments at which the escrow tells an order's hook, in the contract's `OrderMoment` enum order. */
export const ORDER_MOMENTS = ["Delivered", "Completed", "DisputeResolved"] as const;

export type OrderMoment = (typeof ORDER_MOMENTS)[number];

/** An unknown enum value read from a contract: the SDK is older than the contract. */
export class UnknownEnumValueError extends Error {
  constructor(enumName: string, value: number) {
    super(`Unknown ${enumName} value ${value}: update the SDK`);
    this.name = "UnknownEnumValueError";
  }
}

/** The name of an `OrderStatus` value read from the escrow. */
export function orderStatusName(value: number): OrderStatus {
  const name = ORDER_STATUSES[value];
  if (name === undefined) throw new UnknownEnumValueError("OrderStatus", value);
  return name;
}

/**
 * The statuses a set names, in the contract's enum order: the `expected` of the escrow's
 * `InvalidStatus(orderId, actual, expected)` error, one bit per status (bit `n` for `ORDER_STATUSES[n]`).
 * @example expectedOrderStatuses("0x…06") // ["Paid", "Accepted"]
 */
export function expectedOrderStatuses(expected: Hex | bigint): OrderStatus[] {
  const bits = BigInt(expected);
  return ORDER_STATUSES.filter((_, index) => (bits >> BigInt(index)) & 1n);
}

/** The name of a `Checkpoint` value read from the attestations contract. */
export function checkpointName(value: number): Checkpoint {
  const name = CHECKPOINTS[value];
  if (name === undefined) throw new UnknownEnumValueError("Checkpoint", value);
  return name;
}

/** The name of a `Resolution` value read from a `DisputeResolved` event. */
export function resolutionName(value: number): Resolution {
  const name = RESOLUTIONS[value];
  if (name === undefined) throw new UnknownEnumValueError("Resolution", value);
  return name;
}

/** The name of an `OrderMoment` value read from a `HookFailed` event. */
export function orderMomentName(value: number): OrderMoment {
  const name = ORDER_MOMENTS[value];
  if (name === undefined) throw new UnknownEnumValueError("OrderMoment", value);
  return name;
}

/** The native currency, as a token address in orders and payment options. */
export const NATIVE_TOKEN = "0x0000000000000000000000000000000000000000" as const;
