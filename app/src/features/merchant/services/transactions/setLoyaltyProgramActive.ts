import { setLoyaltyProgramActive } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

/** Pauses the stamp card (no stamps are earned; rewards stay redeemable) or resumes it. */
export default {
  title: ({ isActive }, t) => (isActive ? t("merchant:services.loyalty.resume") : t("merchant:services.loyalty.pause")),
  displayItems: ({ isActive }, t) => [
    {
      label: t("merchant:services.loyalty.effect"),
      value: isActive ? t("merchant:services.loyalty.resumeEffect") : t("merchant:services.loyalty.pauseEffect"),
    },
  ],
  transaction: ({ walletClient, deployment }, { shopId, isActive }) =>
    setLoyaltyProgramActive(walletClient, requireService(deployment, "LoyaltyStamps"), { shopId, isActive }),
  successMessage: ({ isActive }, __, t) =>
    isActive ? t("merchant:services.loyalty.resumedDone") : t("merchant:services.loyalty.pausedDone"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<{ shopId: bigint; isActive: boolean }>;
