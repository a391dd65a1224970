import { type ShopAcceptance, updateAcceptance } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { settingsQueries } from "./settingsQueries.ts";

/** New payments, carriers and arbitrator for the shop's future orders. */
export default {
  title: (_, t) => t("merchant:settings.acceptance.transaction"),
  displayItems: ({ summary }, t) => [{ label: t("merchant:settings.acceptance.title"), value: summary }],
  transaction: ({ walletClient, deployment }, { shopId, acceptance }) =>
    updateAcceptance(walletClient, deployment, { shopId, acceptance }),
  successMessage: (_, __, t) => t("merchant:settings.saved"),
  invalidates: (_, chainId) => settingsQueries(chainId),
} satisfies MarketTransaction<{ shopId: bigint; acceptance: ShopAcceptance; summary: string }>;
