import { confirmDelivery } from "@grandrue/sdk";
import type { Hex } from "viem";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { durationInWords } from "../shared/time.ts";

/** At the counter (or the door, on the shop's own round): the buyer's code proves the hand-over. */
export default {
  title: ({ reference }, t) => t("merchant:orders.handOver.title", { reference }),
  displayItems: ({ terms }, t) => [
    { label: t("merchant:orders.handOver.code"), value: t("merchant:orders.handOver.codeChecked") },
    {
      label: t("merchant:orders.handOver.payment"),
      value: t("merchant:orders.handOver.paymentText", { duration: durationInWords(terms.returnHours, t) }),
    },
  ],
  transaction: ({ walletClient, deployment }, { terms, deliveryProof }) =>
    confirmDelivery(walletClient, deployment, { terms, deliveryProof }),
  successMessage: (_, __, t) => t("merchant:orders.handOver.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData & { deliveryProof: Hex }>;
