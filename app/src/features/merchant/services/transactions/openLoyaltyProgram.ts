import { type LoyaltyReward, registerLoyaltyProgram } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type OpenLoyaltyProgramData = {
  shopId: bigint;
  stampsPerOrder: number;
  rewardThreshold: number;
  reward: LoyaltyReward;
};

/** Publishes the reward (`grandrue.loyalty-reward/1` on IPFS) and opens the shop's stamp card with it. */
export default {
  title: (_, t) => t("merchant:services.loyalty.open.transaction"),
  displayItems: ({ stampsPerOrder, rewardThreshold, reward }, t) => [
    { label: t("merchant:services.loyalty.stampsPerOrder"), value: String(stampsPerOrder) },
    { label: t("merchant:services.loyalty.rewardThreshold"), value: String(rewardThreshold) },
    { label: t("merchant:services.loyalty.rewardTitle"), value: reward.title },
    { label: t("merchant:services.loyalty.open.fixed"), value: t("merchant:services.loyalty.open.fixedText") },
  ],
  transaction: async ({ walletClient, deployment, ipfs }, { shopId, stampsPerOrder, rewardThreshold, reward }) => {
    const rewardCid = await ipfs.addJson(reward);
    await registerLoyaltyProgram(walletClient, requireService(deployment, "LoyaltyStamps"), {
      shopId,
      stampsPerOrder,
      rewardThreshold,
      rewardCid,
    });
  },
  successMessage: (_, __, t) => t("merchant:services.loyalty.open.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<OpenLoyaltyProgramData>;
