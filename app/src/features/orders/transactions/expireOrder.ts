import { expire } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** The shop missed its deadline to accept or to send the order: the buyer takes the money back. */
const expireOrder = {
  title: (_data, t) => t("orders:actions.expire.title"),
  displayItems: ({ shopName, total }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.cancel.refund"), value: total ?? t("orders:actions.cancel.refundAll") },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => expire(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.expire.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData>;

export default expireOrder;
