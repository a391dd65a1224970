import {
  encodeAbiParameters,
  type Hex,
  keccak256,
  type Log,
  type ParseEventLogsReturnType,
  parseEventLogs,
} from "viem";
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

/** The `detailsHash` an order commits to: `keccak256(abi.encode(itemsDigest, shippingDigest))`. */
export function orderDetailsHash(itemsDigest: Hex, shippingDigest: Hex): Hex {
  return keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [itemsDigest, shippingDigest]));
}

/**
 * The order an `OrderPaid` log carries. The event has every term flat (buyer and shop id are its topics) and the
 * digests instead of their hash, from which the terms are rebuilt exactly as the escrow hashes them.
 */
export function paidOrderFromLog(log: OrderPaidLog): PaidOrder {
  const { args } = log;
  return {
    orderId: args.orderId,
    terms: {
      buyer: args.buyer,
      shopId: args.shopId,
      payout: args.payout,
      token: args.token,
      amount: args.amount,
      deliveryFee: args.deliveryFee,
      carrier: args.carrier,
      arbitrator: args.arbitrator,
      hook: args.hook,
      shipHours: args.shipHours,
      deliveryHours: args.deliveryHours,
      returnHours: args.returnHours,
      codeHash: args.codeHash,
      detailsHash: orderDetailsHash(args.itemsDigest, args.shippingDigest),
    },
    itemsDigest: args.itemsDigest,
    shippingDigest: args.shippingDigest,
    acceptDeadline: args.acceptDeadline,
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
