import { setWarrantyPeriod } from "@grandrue/sdk";
import type { Address } from "viem";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type SetWarrantyPeriodData = {
  shopId: bigint;
  token: Address;
  periodSeconds: number;
  periodText: string;
  tokenName: string;
};

/** Publishes the warranty the bond in one payment currency gives to the orders registered from now on. */
export default {
  title: (_, t) => t("merchant:services.bonds.warranty.transaction"),
  displayItems: ({ periodSeconds, periodText, tokenName }, t) => [
    { label: t("merchant:services.bonds.currency"), value: tokenName },
    {
      label: t("merchant:services.bonds.warranty.label"),
      value: periodSeconds === 0 ? t("merchant:services.bonds.warranty.none") : periodText,
    },
    { label: t("merchant:services.bonds.warranty.fromNow"), value: t("merchant:services.bonds.warranty.fromNowText") },
  ],
  transaction: ({ walletClient, deployment }, { shopId, token, periodSeconds }) =>
    setWarrantyPeriod(walletClient, requireService(deployment, "GuaranteeBonds"), { shopId, token, periodSeconds }),
  successMessage: (_, __, t) => t("merchant:services.bonds.warranty.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<SetWarrantyPeriodData>;
