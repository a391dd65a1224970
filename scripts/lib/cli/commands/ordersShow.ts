import {
  cidOfDigest,
  decodeDocument,
  getOrderTimeline,
  type IpfsReader,
  type OrderItems,
  type OrderState,
  orderIdHex,
  orderReference,
} from "@grandrue/sdk";
import { type Hex, zeroAddress, zeroHash } from "viem";
import type { CliCommand } from "../command.ts";
import { formatFields, formatTime } from "../format.ts";
import { findOrder } from "../orders.ts";
import { describeTimelineEvent, timelineWords } from "../timeline.ts";
import { tokenBook } from "../tokens.ts";

async function describeItems(ipfs: IpfsReader, itemsDigest: Hex): Promise<string[]> {
  const cid = cidOfDigest(itemsDigest);
  let items: OrderItems;
  try {
    items = decodeDocument("order-items", await ipfs.getBytes(cid));
  } catch (error) {
    return [
      `  not readable from IPFS (${cid}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    ];
  }
  return [
    ...items.lines.map(
      (line) =>
        `  ${line.quantity} × ${line.title}${line.variantId === undefined ? "" : ` (${line.variantId})`} at ${line.unitPrice} ${items.priceUnit}`,
    ),
    `  subtotal ${items.subtotal} ${items.priceUnit}, delivery ${items.deliveryFee} ${items.priceUnit}, ${items.fulfilment}`,
  ];
}

/** The dates the escrow keeps for the order, in one line: paid, shipped, delivered (and how it was proven), closed. */
function describeFacts(state: OrderState): string {
  const facts = [
    `paid ${formatTime(state.paidAt)}`,
    state.shippedAt === 0 ? undefined : `shipped ${formatTime(state.shippedAt)}`,
    state.deliveredAt === 0
      ? undefined
      : `delivered ${formatTime(state.deliveredAt)} (${state.isDeliveredWithCode ? "with the buyer's code" : "confirmed by the buyer"})`,
    state.closedAt === 0 ? undefined : `closed ${formatTime(state.closedAt)}${state.isShopPaid ? ", shop paid" : ""}`,
  ];
  return facts.filter((fact) => fact !== undefined).join("; ");
}

export const ordersShow: CliCommand = {
  name: "orders show",
  summary: "Show an order: its terms, its items, where it stands and everything that happened to it",
  arguments: ["orderId"],
  options: {},
  isSigning: false,
  async run({ args, connection, print }) {
    const connected = await connection();
    const order = await findOrder(connected, args[0]!);
    const { terms, state } = order;
    const tokens = tokenBook(connected.publicClient);
    const words = timelineWords(tokens, terms.token, connected.deployment);
    const { money } = words;
    const timeline = await getOrderTimeline(connected.publicClient, connected.deployment, { orderId: order.orderId });
    const events = await Promise.all(
      timeline.map(async (entry) => `  ${formatTime(entry.timestamp)}  ${await describeTimelineEvent(entry, words)}`),
    );
    const hasCarrier = terms.carrier !== zeroAddress;
    print(
      [
        formatFields([
          ["Order", `${orderReference(order.orderId)} (full id ${orderIdHex(order.orderId)})`],
          ["Status", `${state.status}${state.deadline === 0 ? "" : `, next deadline ${formatTime(state.deadline)}`}`],
          ["Facts", describeFacts(state)],
          ["Shop", `${terms.shopId} (payout ${terms.payout})`],
          ["Buyer", terms.buyer],
          ["Amount", await money(terms.amount)],
          [
            "Delivery",
            hasCarrier
              ? `carrier ${terms.carrier}, fee ${await money(terms.deliveryFee)}${state.isFeePaid ? " (paid)" : ""}`
              : "pickup or the shop's own delivery",
          ],
          ["Arbitrator", terms.arbitrator === zeroAddress ? "none" : terms.arbitrator],
          ["Windows", `ship ${terms.shipHours} h, delivery ${terms.deliveryHours} h, return ${terms.returnHours} h`],
          [
            "Label",
            order.shippingDigest === zeroHash ? "none (pickup)" : `sealed, ${cidOfDigest(order.shippingDigest)}`,
          ],
          ...(state.settlementOffer === undefined
            ? []
            : ([
                [
                  "Offer",
                  `${state.settlementOffer.proposer} offers ${await money(state.settlementOffer.buyerAmount)} back to the buyer`,
                ],
              ] as const)),
        ]),
        "Items",
        ...(await describeItems(connected.ipfs, order.itemsDigest)),
        "Timeline",
        ...events,
      ].join("\n"),
    );
  },
};
