import {
  type ActivityOrder,
  deploymentBlock,
  getOrder,
  getOrderActivity,
  type OrderActivityEntry,
  orderReference,
} from "@grandrue/sdk";
import { parseShopId, stringOption } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import type { Connection } from "../connection.ts";
import { UsageError } from "../errors.ts";
import { formatTime } from "../format.ts";
import { describeTimelineEvent, timelineWords } from "../timeline.ts";
import { type TokenBook, tokenBook } from "../tokens.ts";

const DEFAULT_INTERVAL_SECONDS = 2;
const MAX_INTERVAL_SECONDS = 3600;

function intervalSeconds(options: Record<string, string | boolean | undefined>): number {
  const text = stringOption(options, "every");
  if (text === undefined) return DEFAULT_INTERVAL_SECONDS;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds < 0.1 || seconds > MAX_INTERVAL_SECONDS) {
    throw new UsageError(`--every takes seconds from 0.1 to ${MAX_INTERVAL_SECONDS}, not "${text}"`, "orders watch");
  }
  return seconds;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** One line per event: when, which order, what happened (a new order with what it pays, in full). */
async function describeEntry(connection: Connection, tokens: TokenBook, entry: OrderActivityEntry): Promise<string> {
  const { terms } = await getOrder(connection.publicClient, connection.deployment, { orderId: entry.orderId });
  const words = timelineWords(tokens, terms.token, connection.deployment);
  const what =
    entry.type === "Paid"
      ? `NEW ORDER: ${await words.money(terms.amount + terms.deliveryFee)} paid (items ${await words.money(terms.amount)}, delivery ${await words.money(terms.deliveryFee)}) by ${entry.buyer}; accept by ${formatTime(entry.acceptDeadline)}`
      : await describeTimelineEvent(entry, words);
  return `${formatTime(entry.timestamp)}  ${orderReference(entry.orderId)}  ${what}`;
}

export const ordersWatch: CliCommand = {
  name: "orders watch",
  summary: "Print a shop's new orders and every change to its orders as they happen, until Ctrl-C",
  arguments: [],
  options: {
    shop: { type: "string", valueName: "shopId", description: "the shop to watch", isRequired: true },
    every: {
      type: "string",
      valueName: "seconds",
      description: `how often to ask the node for new blocks (default ${DEFAULT_INTERVAL_SECONDS})`,
    },
  },
  isSigning: false,
  help: "For a shop's till: it starts from the current block (what happened before is in orders list and orders\nshow), then prints one line per event, a new order's with the amount paid. Ctrl-C stops it.",
  async run({ options, connection, print, interrupted }) {
    const shopId = parseShopId(stringOption(options, "shop")!);
    const interval = intervalSeconds(options);
    const connected = await connection();
    const { publicClient, deployment } = connected;
    const signal = interrupted();
    const tokens = tokenBook(publicClient);
    let lastBlock = await publicClient.getBlockNumber({ cacheTime: 0 });
    let orders: ActivityOrder[] = (
      await getOrderActivity(publicClient, deployment, {
        shopId,
        fromBlock: deploymentBlock(deployment, "Escrow"),
        toBlock: lastBlock,
      })
    ).orders;
    print(`Watching shop ${shopId} from block ${lastBlock} (${orders.length} orders so far); Ctrl-C to stop.`);
    while (!signal.aborted) {
      await pause(interval * 1000, signal);
      if (signal.aborted) break;
      const head = await publicClient.getBlockNumber({ cacheTime: 0 });
      if (head <= lastBlock) continue;
      const activity = await getOrderActivity(publicClient, deployment, {
        shopId,
        fromBlock: lastBlock + 1n,
        toBlock: head,
        knownOrders: orders,
      });
      for (const entry of activity.entries) print(await describeEntry(connected, tokens, entry));
      orders = activity.orders;
      lastBlock = head;
    }
    print(`Stopped watching shop ${shopId} at block ${lastBlock}.`);
  },
};
