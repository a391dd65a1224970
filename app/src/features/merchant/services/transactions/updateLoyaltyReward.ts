import { type LoyaltyReward, updateLoyaltyReward } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type UpdateLoyaltyRewardData = { shopId: bigint; rewardThreshold: number; reward: LoyaltyReward };

/** Publishes a new reward document and makes it the card's reward, with the stamps it takes. */
export default {
  title: (_, t) => t("merchant:services.loyalty.update.transaction"),
  displayItems: ({ rewardThreshold, reward }, t) => [
    { label: t("merchant:services.loyalty.rewardThreshold"), value: String(rewardThreshold) },
    { label: t("merchant:services.loyalty.rewardTitle"), value: reward.title },
  ],
  transaction: async ({ walletClient, deployment, ipfs }, { shopId, rewardThreshold, reward }) => {
    const rewardCid = await ipfs.addJson(reward);
    await updateLoyaltyReward(walletClient, requireService(deployment, "LoyaltyStamps"), {
      shopId,
      rewardThreshold,
      rewardCid,
    });
  },
  successMessage: (_, __, t) => t("merchant:services.loyalty.update.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<UpdateLoyaltyRewardData>;
