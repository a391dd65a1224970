import { proposeSettlement } from "@grandrue/sdk";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** The shop offers to settle a dispute: `refund` (in words) back to the buyer, the rest to the shop. */
export default {
  title: ({ reference }, t) => t("merchant:dispute.offer.title", { reference }),
  displayItems: ({ refundText, keepText }, t) => [
    { label: t("merchant:dispute.offer.refund"), value: refundText },
    { label: t("merchant:dispute.offer.keep"), value: keepText },
  ],
  transaction: ({ walletClient, deployment }, { terms, buyerAmount }) =>
    proposeSettlement(walletClient, deployment, { terms, buyerAmount }),
  successMessage: (_, __, t) => t("merchant:dispute.offer.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData & { buyerAmount: bigint; refundText: string; keepText: string }>;
