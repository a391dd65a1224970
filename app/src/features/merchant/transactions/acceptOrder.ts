import { accept, keepOrderDocuments } from "@grandrue/sdk";
import type { Hex } from "viem";
import type { OrderActionData } from "../../../market/index.ts";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { durationInWords } from "../shared/time.ts";

/** Accepting also needs the digests of the documents the order commits to, which the shop keeps. */
export type AcceptOrderData = OrderActionData & { itemsDigest: Hex; shippingDigest: Hex };

/**
 * The shop accepts a paid order: it first keeps (pins) the order's line items and sealed address on its IPFS nodes,
 * since it needs them to fulfil the order, then commits on chain to preparing it within its ship window.
 */
export default {
  title: ({ reference }, t) => t("merchant:orders.accept.title", { reference }),
  displayItems: ({ terms }, t) => [
    {
      label: t("merchant:orders.accept.commitment"),
      value: t("merchant:orders.accept.commitmentText", { duration: durationInWords(terms.shipHours, t) }),
    },
    { label: t("merchant:orders.accept.documents"), value: t("merchant:orders.accept.documentsText") },
  ],
  async transaction({ walletClient, deployment, ipfs }, { orderId, terms, itemsDigest, shippingDigest }) {
    await keepOrderDocuments(ipfs, { orderId, itemsDigest, shippingDigest });
    return accept(walletClient, deployment, { terms });
  },
  successMessage: (_, __, t) => t("merchant:orders.accept.done"),
  invalidates: (_, chainId) => [...orderActionQueries(chainId), ["shopDocumentChecks", chainId]],
} satisfies MarketTransaction<AcceptOrderData>;
