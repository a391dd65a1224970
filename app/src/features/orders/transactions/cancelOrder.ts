import { cancel } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

/** The buyer cancels before the shop accepted: everything paid, delivery included, comes back at once. */
const cancelOrder = {
  title: ({ shopName }, t) => t("orders:actions.cancel.title", { shop: shopName }),
  displayItems: ({ shopName, total }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.cancel.refund"), value: total ?? t("orders:actions.cancel.refundAll") },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => cancel(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.cancel.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("Cancel"),
} satisfies MarketTransaction<OrderActionData>;

export default cancelOrder;
