import { markShipped } from "@grandrue/sdk";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { durationInWords } from "../shared/time.ts";

/** The shop's own round leaves with the order: the delivery window starts. */
export default {
  title: ({ reference }, t) => t("merchant:orders.ship.title", { reference }),
  displayItems: ({ terms }, t) => [
    { label: t("merchant:orders.ship.window"), value: durationInWords(terms.deliveryHours, t) },
  ],
  transaction: ({ walletClient, deployment }, { terms }) => markShipped(walletClient, deployment, { terms }),
  successMessage: (_, __, t) => t("merchant:orders.ship.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData>;
