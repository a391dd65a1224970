import { confirmReceipt as confirmReceiptOnChain } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

/** The buyer says the order arrived without giving the code (a parcel left at the door): the return window starts. */
const confirmReceipt = {
  title: (_data, t) => t("orders:actions.confirmReceipt.title"),
  displayItems: ({ shopName }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.confirmReceipt.what"), value: t("orders:actions.confirmReceipt.whatValue") },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => confirmReceiptOnChain(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.confirmReceipt.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("ConfirmReceipt"),
} satisfies MarketTransaction<OrderActionData>;

export default confirmReceipt;
