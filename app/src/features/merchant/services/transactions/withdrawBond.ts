import { withdrawBond } from "@grandrue/sdk";
import type { Address } from "viem";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type WithdrawBondData = { shopId: bigint; token: Address; amountText: string };

/** Makes the announced withdrawal, to the connected account, once the notice has run. */
export default {
  title: (_, t) => t("merchant:services.bonds.withdraw.transaction"),
  displayItems: ({ amountText }, t) => [
    { label: t("merchant:services.bonds.withdraw.amount"), value: amountText },
    { label: t("merchant:services.bonds.withdraw.to"), value: t("merchant:services.bonds.withdraw.toText") },
  ],
  transaction: ({ walletClient, deployment }, { shopId, token }) =>
    withdrawBond(walletClient, requireService(deployment, "GuaranteeBonds"), {
      shopId,
      token,
      to: walletClient.account.address,
    }),
  successMessage: (_, __, t) => t("merchant:services.bonds.withdraw.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<WithdrawBondData>;
