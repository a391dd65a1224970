import type { ContractFunctionArgs } from "viem";
import type { escrowAbi } from "../generated/abis.ts";

/** The immutable terms of an order, exactly as the escrow commits to them (the `Order` struct). */
export type OrderTerms = ContractFunctionArgs<typeof escrowAbi, "nonpayable", "accept">[1];

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
  "Ruled",
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

/** The native currency, as a token address in orders and payment options. */
export const NATIVE_TOKEN = "0x0000000000000000000000000000000000000000" as const;
