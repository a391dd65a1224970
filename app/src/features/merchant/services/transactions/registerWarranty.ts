import { type OrderTerms, registerWarranty } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type RegisterWarrantyData = { orderId: bigint; terms: OrderTerms; orderText: string; periodText: string };

/** Starts the warranty of a completed order that did not start it at completion (the bond was not the hook). */
export default {
  title: (_, t) => t("merchant:services.bonds.register.transaction"),
  displayItems: ({ orderText, periodText }, t) => [
    { label: t("merchant:services.bonds.register.order"), value: orderText },
    { label: t("merchant:services.bonds.register.period"), value: periodText },
  ],
  transaction: ({ walletClient, deployment }, { orderId, terms }) =>
    registerWarranty(walletClient, requireService(deployment, "GuaranteeBonds"), { orderId, terms }),
  successMessage: (_, __, t) => t("merchant:services.bonds.register.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<RegisterWarrantyData>;
