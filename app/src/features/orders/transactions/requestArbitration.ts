import { requestArbitration as requestArbitrationOnChain } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

/**
 * The dispute opened without its arbitrator (it did not answer then): the buyer brings it in, paying its cost, and the
 * dispute's deadline starts again.
 */
const requestArbitration = {
  title: (_data, t) => t("orders:actions.requestArbitration.title"),
  displayItems: ({ shopName }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    {
      label: t("orders:actions.requestArbitration.deadline"),
      value: t("orders:actions.requestArbitration.deadlineValue"),
    },
  ],
  transaction: ({ walletClient, deployment }, { terms }) =>
    requestArbitrationOnChain(walletClient, deployment, { terms }),
  successMessage: (_data, _result, t) => t("orders:actions.requestArbitration.done"),
  invalidates: (_data, chainId) => orderActionQueries(chainId),
} satisfies MarketTransaction<OrderActionData>;

export default requestArbitration;
