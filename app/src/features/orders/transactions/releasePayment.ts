import { release } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

/** "Libérer le paiement maintenant": the buyer pays the shop at once, giving up the rest of the protection. */
const releasePayment = {
  title: ({ shopName }, t) => t("orders:actions.release.title", { shop: shopName }),
  displayItems: ({ shopName, total }, t) => [
    { label: t("orders:actions.release.to"), value: shopName },
    ...(total === undefined ? [] : [{ label: t("orders:actions.release.amount"), value: total }]),
    { label: t("orders:actions.release.final"), value: t("orders:actions.release.finalValue") },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => release(walletClient, deployment, { terms }),
  successMessage: ({ shopName }, _result, t) => t("orders:actions.release.done", { shop: shopName }),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("Release"),
} satisfies MarketTransaction<OrderActionData>;

export default releasePayment;
