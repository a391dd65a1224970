import { acceptSettlement as acceptSettlementOnChain } from "@grandrue/sdk";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import type { SettlementData } from "./proposeSettlement.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

/** The buyer accepts the shop's standing offer: the split is paid out at once and the dispute ends. */
const acceptSettlement = {
  title: (_data, t) => t("orders:actions.acceptOffer.title"),
  displayItems: ({ shopName, refund }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.acceptOffer.refund"), value: refund },
    { label: t("orders:actions.acceptOffer.final"), value: t("orders:actions.acceptOffer.finalValue") },
  ],
  transaction: ({ walletClient, deployment }, { terms, buyerAmount }) =>
    acceptSettlementOnChain(walletClient, deployment, { terms, buyerAmount }),
  successMessage: (_data, _result, t) => t("orders:actions.acceptOffer.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("AcceptSettlement", ({ buyerAmount }: SettlementData) => buyerAmount),
} satisfies MarketTransaction<SettlementData>;

export default acceptSettlement;
