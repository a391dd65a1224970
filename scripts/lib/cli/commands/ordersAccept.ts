import {
  accept,
  checkOrderTermsForShop,
  getOrderState,
  getShop,
  keepOrderDocuments,
  type OrderTermsMismatch,
  orderReference,
} from "@grandrue/sdk";
import type { CliCommand } from "../command.ts";
import { CliError } from "../errors.ts";
import { formatTime } from "../format.ts";
import { findOrder } from "../orders.ts";

function describeMismatch(mismatch: OrderTermsMismatch): string {
  return "expected" in mismatch
    ? `${mismatch.name}: the shop has ${mismatch.expected}, the order ${mismatch.actual}`
    : `${mismatch.name}: ${mismatch.actual}`;
}

export const ordersAccept: CliCommand = {
  name: "orders accept",
  summary: "Accept a paid order as its shop: you agree to its terms and must ship within the ship window",
  arguments: ["orderId"],
  options: {},
  isSigning: true,
  help: "The order's terms (payout, windows, token, carrier, arbitrator) are first compared with the shop's current\nterms; an order that differs is not accepted: decline it with orders decline <orderId> --reason \"…\".\nBefore accepting, the order's line items and sealed address are kept (pinned) on the shop's IPFS nodes: the shop\nneeds them to fulfil the order. If too few nodes store them, the order is not accepted.",
  async run({ args, connection, wallet, print }) {
    const connected = await connection();
    const { orderId, terms, itemsDigest, shippingDigest } = await findOrder(connected, args[0]!);
    const shop = await getShop(connected.publicClient, connected.deployment, { shopId: terms.shopId });
    const mismatches = checkOrderTermsForShop(terms, shop);
    if (mismatches.length > 0) {
      throw new CliError(
        `Order ${orderReference(orderId)} differs from shop ${terms.shopId}'s terms, so it was not accepted; decline it with orders decline`,
        mismatches.map(describeMismatch),
      );
    }
    const kept = await keepOrderDocuments(connected.ipfs, { orderId, itemsDigest, shippingDigest });
    await accept(await wallet(), connected.deployment, { terms });
    const keptOn = Math.min(...kept.map(({ stored }) => stored.length));
    print(`Kept the order's ${kept.length} document(s) on ${keptOn} of ${connected.ipfs.replicas.length} IPFS node(s)`);
    const { deadline } = await getOrderState(connected.publicClient, connected.deployment, { orderId });
    print(`Order ${orderReference(orderId)} accepted; ship it by ${formatTime(deadline)}`);
  },
};
