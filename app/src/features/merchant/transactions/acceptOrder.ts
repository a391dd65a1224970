import { accept } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { durationInWords } from "../shared/time.ts";
import { type OrderActionData, orderQueries } from "./orderData.ts";

/** The shop accepts a paid order: it commits to preparing it within its ship window. */
export default {
  title: ({ reference }, t) => t("merchant:orders.accept.title", { reference }),
  displayItems: ({ terms }, t) => [
    {
      label: t("merchant:orders.accept.commitment"),
      value: t("merchant:orders.accept.commitmentText", { duration: durationInWords(terms.shipHours, t) }),
    },
  ],
  transaction: ({ walletClient, deployment }, { orderId, terms }) =>
    accept(walletClient, deployment, { orderId, terms }),
  successMessage: (_, __, t) => t("merchant:orders.accept.done"),
  invalidates: (_, chainId) => orderQueries(chainId),
} satisfies MarketTransaction<OrderActionData>;
