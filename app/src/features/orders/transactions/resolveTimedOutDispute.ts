import { resolveTimedOut } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** Whether the escrow holds a proven delivery for the order (the buyer's code, or the buyer's confirmation). */
export type TimedOutDisputeData = OrderActionData & { isDelivered: boolean };

/**
 * The dispute got neither a settlement nor a ruling in time: anyone ends it and the facts decide — a proven delivery
 * pays the shop, goods never delivered are refunded to the buyer.
 */
const resolveTimedOutDispute = {
  title: (_data, t) => t("orders:actions.resolveTimedOut.title"),
  displayItems: ({ shopName, isDelivered }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    {
      label: t("orders:actions.resolveTimedOut.outcome"),
      value: isDelivered ? t("orders:actions.resolveTimedOut.toShop") : t("orders:actions.resolveTimedOut.toBuyer"),
    },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => resolveTimedOut(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.resolveTimedOut.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<TimedOutDisputeData>;

export default resolveTimedOutDispute;
