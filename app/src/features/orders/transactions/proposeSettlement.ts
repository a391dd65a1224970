import { proposeSettlement as proposeSettlementOnChain } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

export type SettlementData = OrderActionData & {
  /** Token base units back to the buyer (the shop keeps the rest of the order's amount). */
  buyerAmount: bigint;
  /** The same amount in the reader's words ("5,00 €"). */
  refund: string;
};

/** The buyer offers to end the dispute with part of the money back; the shop may accept it. */
const proposeSettlement = {
  title: (_data, t) => t("orders:actions.propose.title"),
  displayItems: ({ shopName, refund }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.propose.refund"), value: refund },
  ],
  transaction: ({ walletClient, deployment }, { terms, buyerAmount }) =>
    proposeSettlementOnChain(walletClient, deployment, { terms, buyerAmount }),
  successMessage: ({ shopName }, _result, t) => t("orders:actions.propose.done", { shop: shopName }),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
  relayed: relayedBuyerAction("ProposeSettlement", ({ buyerAmount }: SettlementData) => buyerAmount),
} satisfies MarketTransaction<SettlementData>;

export default proposeSettlement;
