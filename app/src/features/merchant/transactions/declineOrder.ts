import { decline } from "@grandrue/sdk";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** The shop declines a paid order; the buyer gets everything back at once, with the reason. */
export default {
  title: ({ reference }, t) => t("merchant:orders.decline.title", { reference }),
  displayItems: ({ reason }, t) => [
    { label: t("merchant:orders.decline.refund"), value: t("merchant:orders.decline.refundText") },
    {
      label: t("merchant:orders.decline.reason"),
      value: reason === "" ? t("merchant:orders.decline.noReason") : reason,
    },
  ],
  transaction: ({ walletClient, deployment }, { terms, reason }) =>
    decline(walletClient, deployment, { terms, reason }),
  successMessage: (_, __, t) => t("merchant:orders.decline.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData & { reason: string }>;
