import { announceBondWithdrawal } from "@grandrue/sdk";
import type { Address } from "viem";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type AnnounceBondWithdrawalData = { shopId: bigint; token: Address; amount: bigint; amountText: string };

/** Announces a withdrawal from the bond (public, 14 days' notice, then 7 days to make it), or cancels it (amount 0). */
export default {
  title: ({ amount }, t) =>
    amount === 0n
      ? t("merchant:services.bonds.announce.cancelTransaction")
      : t("merchant:services.bonds.announce.transaction"),
  displayItems: ({ amount, amountText }, t) =>
    amount === 0n
      ? [
          {
            label: t("merchant:services.bonds.announce.effect"),
            value: t("merchant:services.bonds.announce.cancelEffect"),
          },
        ]
      : [
          { label: t("merchant:services.bonds.announce.amount"), value: amountText },
          { label: t("merchant:services.bonds.announce.effect"), value: t("merchant:services.bonds.announce.notice") },
        ],
  transaction: ({ walletClient, deployment }, { shopId, token, amount }) =>
    announceBondWithdrawal(walletClient, requireService(deployment, "GuaranteeBonds"), { shopId, token, amount }),
  successMessage: ({ amount }, __, t) =>
    amount === 0n ? t("merchant:services.bonds.announce.cancelled") : t("merchant:services.bonds.announce.done"),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<AnnounceBondWithdrawalData>;
