import { type ShopTerms, updateTerms } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { durationInWords } from "../shared/time.ts";
import { settingsQueries } from "./settingsQueries.ts";

/** New windows for the shop's future orders (orders already paid keep theirs). */
export default {
  title: (_, t) => t("merchant:settings.windows.transaction"),
  displayItems: ({ terms }, t) =>
    (["acceptHours", "shipHours", "deliveryHours", "returnHours"] as const).map((name) => ({
      label: t(`merchant:form.windows.${name}.label`),
      value: durationInWords(terms[name], t),
    })),
  transaction: ({ walletClient, deployment }, { shopId, terms }) =>
    updateTerms(walletClient, deployment, { shopId, terms }),
  successMessage: (_, __, t) => t("merchant:settings.saved"),
  invalidates: (_, chainId) => settingsQueries(chainId),
} satisfies MarketTransaction<{ shopId: bigint; terms: ShopTerms }>;
