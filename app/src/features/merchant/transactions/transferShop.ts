import { transferShop } from "@grandrue/sdk";
import type { Address } from "viem";
import { shortHex } from "../../../lib/format.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { settingsQueries } from "./settingsQueries.ts";

/** Hands the shop over to another account, like selling the business: this account loses it. */
export default {
  title: ({ name }, t) => t("merchant:settings.transfer.transaction", { name }),
  displayItems: ({ to }, t) => [
    { label: t("merchant:settings.transfer.to"), value: shortHex(to) },
    { label: t("merchant:settings.transfer.warningTitle"), value: t("merchant:settings.transfer.warningShort") },
  ],
  transaction: ({ walletClient, deployment }, { shopId, to }) => transferShop(walletClient, deployment, { shopId, to }),
  successMessage: ({ name }, __, t) => t("merchant:settings.transfer.done", { name }),
  invalidates: (_, chainId) => settingsQueries(chainId),
} satisfies MarketTransaction<{ shopId: bigint; to: Address; name: string }>;
