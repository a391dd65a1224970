import { setShopActive } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { settingsQueries } from "./settingsQueries.ts";

/** Opens the shop to new orders, or closes it (holidays); open orders go on as usual. */
export default {
  title: ({ isActive }, t) =>
    isActive ? t("merchant:settings.active.openTransaction") : t("merchant:settings.active.closeTransaction"),
  displayItems: ({ isActive }, t) => [
    {
      label: t("merchant:settings.active.effect"),
      value: isActive ? t("merchant:settings.active.openEffect") : t("merchant:settings.active.closeEffect"),
    },
  ],
  transaction: ({ walletClient, deployment }, { shopId, isActive }) =>
    setShopActive(walletClient, deployment, { shopId, isActive }),
  successMessage: ({ isActive }, __, t) =>
    isActive ? t("merchant:settings.active.opened") : t("merchant:settings.active.closed"),
  invalidates: (_, chainId) => settingsQueries(chainId),
} satisfies MarketTransaction<{ shopId: bigint; isActive: boolean }>;
