import { type Hex, type Log, type ParseEventLogsReturnType, parseEventLogs } from "viem";
import { escrowAbi } from "../generated/abis.ts";
import type { OrderTerms } from "./types.ts";

/** An order as paid at checkout: its id, terms and the digests it committed to. */
export type PaidOrder = {
  orderId: bigint;
  terms: OrderTerms;
  itemsDigest: Hex;
  shippingDigest: Hex;
  acceptDeadline: number;
  blockNumber: bigint;
  transactionHash: Hex;
};

/** A decoded `OrderPaid` log. */
export type OrderPaidLog = ParseEventLogsReturnType<typeof escrowAbi, "OrderPaid", true>[number];

/** The order an `OrderPaid` log carries. */
export function paidOrderFromLog(log: OrderPaidLog): PaidOrder {
  return {
    orderId: log.args.orderId,
    terms: log.args.order,
    itemsDigest: log.args.itemsDigest,
    shippingDigest: log.args.shippingDigest,
    acceptDeadline: log.args.acceptDeadline,
    blockNumber: log.blockNumber,
    transactionHash: log.transactionHash,
  };
}

/**
 * The orders a checkout (or any set of logs) paid, from their `OrderPaid` events, in log order.
 * @example const [order] = paidOrdersFromLogs(receipt.logs)
 */
export function paidOrdersFromLogs(logs: Log[]): PaidOrder[] {
  return parseEventLogs({ abi: escrowAbi, eventName: "OrderPaid", logs }).map(paidOrderFromLog);
}
