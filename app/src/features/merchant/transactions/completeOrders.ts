import { complete, type OrderTerms } from "@grandrue/sdk";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

export type CompleteOrdersData = { orders: { orderId: bigint; terms: OrderTerms }[]; totalText: string };

/** Collects the money of orders whose return window has passed: one transaction per order, sent in a row. */
export default {
  title: ({ orders }, t) => t("merchant:money.collect.title", { count: orders.length }),
  displayItems: ({ orders, totalText }, t) => [
    { label: t("merchant:money.collect.orders"), value: String(orders.length) },
    { label: t("merchant:money.collect.amount"), value: totalText },
  ],
  transaction: async ({ walletClient, deployment }, { orders }) => {
    for (const { terms } of orders) await complete(walletClient, deployment, { terms });
  },
  successMessage: (_, __, t) => t("merchant:money.collect.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<CompleteOrdersData>;
