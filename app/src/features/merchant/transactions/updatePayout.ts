import { updatePayout } from "@grandrue/sdk";
import type { Address } from "viem";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { settingsQueries } from "./settingsQueries.ts";

/** Where future orders pay out. */
export default {
  title: (_, t) => t("merchant:settings.payout.transaction"),
  displayItems: ({ payout }, t) => [{ label: t("merchant:settings.payout.address"), value: payout }],
  transaction: ({ walletClient, deployment }, { shopId, payout }) =>
    updatePayout(walletClient, deployment, { shopId, payout }),
  successMessage: (_, __, t) => t("merchant:settings.saved"),
  invalidates: (_, chainId) => settingsQueries(chainId),
} satisfies MarketTransaction<{ shopId: bigint; payout: Address }>;
