import { withdrawCredit } from "@grandrue/sdk";
import type { Address } from "viem";
import { orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/** Withdraws a payment the escrow could not send and kept for the account. */
export default {
  title: (_, t) => t("merchant:money.withdraw.title"),
  displayItems: ({ amountText }, t) => [{ label: t("merchant:money.withdraw.amount"), value: amountText }],
  transaction: ({ walletClient, deployment }, { token }) => withdrawCredit(walletClient, deployment, { token }),
  successMessage: (_, __, t) => t("merchant:money.withdraw.done"),
  invalidates: (_, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<{ token: Address; amountText: string }>;
