import type { OrderDetails, OrderStatus } from "@grandrue/sdk";
import { type Address, zeroAddress } from "viem";

/** An order id as long as real ones (a 256-bit hash): its hex starts `0xa15e3c91`. */
export const TEST_ORDER_ID = 0xa15e3c91d4b7e2f0a6c8195d3e7b4f2a0c6d8e1f3a5b7c9d2e4f6a8b0c1d3e5fn;

/** The local currency of the demo chain and a courier, for orders' terms. */
export const TEST_TOKEN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707" as Address;
export const TEST_CARRIER = "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097" as Address;

/** Hardhat accounts 1 (Camille, a demo shopper) and 3 (the baker). */
export const TEST_BUYER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const TEST_PAYOUT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906" as Address;

/** A paid order of shop 1 by Camille (demo account 1): 10 in local currency, 2 of delivery fee to the courier. */
export function testOrder(patch: { status?: OrderStatus; deadline?: number; paidAt?: number } = {}): OrderDetails {
  return {
    orderId: TEST_ORDER_ID,
    terms: {
      buyer: TEST_BUYER,
      shopId: 1n,
      payout: TEST_PAYOUT,
      token: TEST_TOKEN,
      amount: 10n * 10n ** 18n,
      deliveryFee: 2n * 10n ** 18n,
      carrier: TEST_CARRIER,
      arbitrator: zeroAddress,
      hook: zeroAddress,
      shipHours: 48,
      deliveryHours: 48,
      returnHours: 168,
      codeHash: `0x${"22".repeat(32)}`,
      detailsHash: `0x${"33".repeat(32)}`,
    } as OrderDetails["terms"],
    itemsDigest: `0x${"11".repeat(32)}`,
    shippingDigest: `0x${"44".repeat(32)}`,
    acceptDeadline: 0,
    blockNumber: 1n,
    transactionHash: `0x${"55".repeat(32)}`,
    paidAt: patch.paidAt ?? 1_800_000_000,
    state: {
      status: patch.status ?? "Paid",
      deadline: patch.deadline ?? 1_800_086_400,
      isFeePaid: false,
      paidAt: patch.paidAt ?? 1_800_000_000,
      shippedAt: 0,
      deliveredAt: 0,
      closedAt: 0,
      isShopAccepted: false,
      isShopPaid: false,
      isArbitrated: false,
      isDeliveredWithCode: false,
      disputeId: 0n,
      isReviewed: false,
    },
  };
}
