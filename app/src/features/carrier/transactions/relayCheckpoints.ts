import { getOrder, relayCheckpoint, type SignedCheckpoint } from "@grandrue/sdk";
import { orderKeys } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { checkpointQueue } from "../lib/checkpointQueue.ts";

/**
 * Any account relays checkpoints a courier signed (and pays the network fee for them): each one with the terms of
 * its order, in the order they were signed; each relayed one leaves this device's queue.
 */
export default {
  title: ({ signed }, t) => t("carrier:relay.transaction", { count: signed.length }),
  displayItems: ({ signed }, t) => [
    { label: t("carrier:relay.count"), value: String(signed.length) },
    { label: t("carrier:relay.who"), value: t("carrier:relay.whoText") },
  ],
  transaction: async ({ walletClient, publicClient, deployment }, { signed }) => {
    for (const entry of signed) {
      const { terms } = await getOrder(publicClient, deployment, { orderId: entry.attestation.orderId });
      await relayCheckpoint(walletClient, deployment, { ...entry, terms });
      checkpointQueue.remove(deployment.chainId, entry);
    }
  },
  successMessage: ({ signed }, _, t) => t("carrier:relay.done", { count: signed.length }),
  invalidates: (_, chainId) => [orderKeys.all(chainId)],
} satisfies MarketTransaction<{ signed: SignedCheckpoint[] }>;
