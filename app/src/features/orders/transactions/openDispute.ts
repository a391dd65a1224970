import { openDispute as openDisputeOnChain } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

export type OpenDisputeData = OrderActionData & {
  /** Who decides if no agreement is found, in words. */ arbitrator: string;
};

/** The buyer contests the order: the money stays in escrow until a settlement, a ruling or the dispute deadline. */
const openDispute = {
  title: (_data, t) => t("orders:actions.dispute.title"),
  displayItems: ({ shopName, arbitrator }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.dispute.held"), value: t("orders:actions.dispute.heldValue") },
    { label: t("orders:actions.dispute.arbitrator"), value: arbitrator },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => openDisputeOnChain(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.dispute.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("OpenDispute"),
} satisfies MarketTransaction<OpenDisputeData>;

export default openDispute;
