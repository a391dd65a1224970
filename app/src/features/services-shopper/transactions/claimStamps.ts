import { claimStamps as claimStampsOnChain, type OrderTerms } from "@grandrue/sdk";
import { serviceKeys } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { serviceOf } from "./serviceOf.ts";

export type ClaimStampsData = { orderId: bigint; terms: OrderTerms; shopName: string; reference: string };

/** "Récupérer mes tampons": stamps a completed order that earned none (placed before the shop's stamp card). */
const claimStamps = {
  title: ({ shopName }, t) => t("services:claim.title", { shop: shopName }),
  displayItems: ({ shopName, reference }, t) => [
    { label: t("services:claim.shop"), value: shopName },
    { label: t("services:claim.order"), value: reference },
    { label: t("services:claim.cost"), value: t("services:claim.costValue") },
  ],
  transaction: ({ walletClient, deployment }, { orderId, terms }) =>
    claimStampsOnChain(walletClient, serviceOf(deployment, "LoyaltyStamps"), { orderId, terms }),
  successMessage: ({ shopName }, _result, t) => t("services:claim.done", { shop: shopName }),
  invalidates: (_data, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<ClaimStampsData>;

export default claimStamps;
