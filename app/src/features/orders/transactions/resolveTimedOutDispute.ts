import { resolveTimedOut } from "@grandrue/sdk";
import { orderKeys } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import type { OrderActionData } from "./orderActionData.ts";

/** The dispute got neither a settlement nor a ruling in time: anyone ends it, the amount is split evenly. */
const resolveTimedOutDispute = {
  title: (_data, t) => t("orders:actions.resolveTimedOut.title"),
  displayItems: ({ shopName, total }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.resolveTimedOut.split"), value: total ?? t("orders:actions.resolveTimedOut.splitAll") },
  ],
  transaction: ({ walletClient, deployment }, { orderId, terms }) =>
    resolveTimedOut(walletClient, deployment, { orderId, terms }),
  successMessage: (_data, _result, t) => t("orders:actions.resolveTimedOut.done"),
  invalidates: (_data, chainId) => [orderKeys.all(chainId)],
} satisfies MarketTransaction<OrderActionData>;

export default resolveTimedOutDispute;
