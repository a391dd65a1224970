import { setOrderHook } from "@grandrue/sdk";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { settingsQueries } from "../../transactions/settingsQueries.ts";
import type { HookKind } from "../lib/completionHook.ts";
import { requireService } from "./serviceDeployment.ts";

export type SetServiceHookData = { shopId: bigint; service: "loyalty" | "bonds"; current: HookKind };

/** Makes the stamp card or the bond the contract the shop's future orders call at completion (one per shop). */
export default {
  title: ({ service }, t) => t(`merchant:services.hook.${service}.transaction`),
  displayItems: ({ service, current }, t) => [
    { label: t("merchant:services.hook.effect"), value: t(`merchant:services.hook.${service}.effect`) },
    ...(current === "none"
      ? []
      : [{ label: t("merchant:services.hook.replaces"), value: t(`merchant:services.hook.lost.${current}`) }]),
  ],
  transaction: ({ walletClient, deployment }, { shopId, service }) =>
    setOrderHook(walletClient, deployment, {
      shopId,
      hook: requireService(deployment, service === "loyalty" ? "LoyaltyStamps" : "GuaranteeBonds").address,
    }),
  successMessage: ({ service }, __, t) => t(`merchant:services.hook.${service}.done`),
  invalidates: (_, chainId) => [...settingsQueries(chainId), serviceKeys.all(chainId)],
} satisfies MarketTransaction<SetServiceHookData>;
