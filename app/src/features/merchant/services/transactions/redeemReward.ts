import { redeemReward, type SignedRedemption } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type RedeemRewardData = { signed: SignedRedemption; buyerText: string; rewardTitle: string };

/** Takes the reward's stamps off the buyer's card with the consent they signed; the shop then hands the reward over. */
export default {
  title: (_, t) => t("merchant:services.redeem.transaction"),
  displayItems: ({ signed, buyerText, rewardTitle }, t) => [
    { label: t("merchant:services.redeem.buyer"), value: buyerText },
    { label: t("merchant:services.redeem.stamps"), value: String(signed.redemption.stamps) },
    { label: t("merchant:services.redeem.reward"), value: rewardTitle },
  ],
  transaction: ({ walletClient, deployment }, { signed }) =>
    redeemReward(walletClient, requireService(deployment, "LoyaltyStamps"), signed),
  successMessage: ({ rewardTitle }, __, t) => t("merchant:services.redeem.done", { reward: rewardTitle }),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<RedeemRewardData>;
