import { acceptSettlement } from "@grandrue/sdk";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** The shop accepts the buyer's offer: the split is paid out at once and the dispute is closed. */
export default {
  title: ({ reference }, t) => t("merchant:dispute.acceptOffer.title", { reference }),
  displayItems: ({ refundText, keepText }, t) => [
    { label: t("merchant:dispute.offer.refund"), value: refundText },
    { label: t("merchant:dispute.offer.keep"), value: keepText },
  ],
  transaction: ({ walletClient, deployment }, { terms, buyerAmount }) =>
    acceptSettlement(walletClient, deployment, { terms, buyerAmount }),
  successMessage: (_, __, t) => t("merchant:dispute.acceptOffer.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData & { buyerAmount: bigint; refundText: string; keepText: string }>;
