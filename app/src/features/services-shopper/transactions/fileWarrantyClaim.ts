import {
  fileWarrantyClaim as fileWarrantyClaimOnChain,
  type OrderTerms,
  parseWarrantyClaimEvidence,
} from "@grandrue/sdk";
import { serviceKeys } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { serviceOf } from "./serviceOf.ts";

export type WarrantyClaimData = {
  orderId: bigint;
  terms: OrderTerms;
  shopName: string;
  /** In the order's token, at most the order amount. */
  amount: bigint;
  /** The amount as the buyer reads it ("45,00 €"). */
  amountText: string;
  description: string;
};

/** "Faire jouer la garantie": the description as a 'warranty-claim' document on IPFS, then the claim on-chain. */
const fileWarrantyClaim = {
  title: ({ shopName }, t) => t("services:warranty.claimTitle", { shop: shopName }),
  displayItems: ({ shopName, amountText, description }, t) => [
    { label: t("services:warranty.shop"), value: shopName },
    { label: t("services:warranty.amount"), value: amountText },
    { label: t("services:warranty.problem"), value: description },
    { label: t("services:warranty.who"), value: t("services:warranty.whoValue") },
  ],
  async transaction({ walletClient, deployment, ipfs }, { orderId, terms, amount, description }) {
    const evidence = parseWarrantyClaimEvidence({ schema: "grandrue.warranty-claim/1", description, images: [] });
    const evidenceCid = await ipfs.addJson(evidence);
    return fileWarrantyClaimOnChain(walletClient, serviceOf(deployment, "GuaranteeBonds"), {
      orderId,
      terms,
      amount,
      evidenceCid,
    });
  },
  successMessage: (_data, _result, t) => t("services:warranty.done"),
  invalidates: (_data, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<WarrantyClaimData>;

export default fileWarrantyClaim;
