import { attestCheckpoint, type OrderTerms, type RecordableCheckpoint } from "@grandrue/sdk";
import type { Hex } from "viem";
import { orderKeys } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";

export type AttestCheckpointData = {
  orderId: bigint;
  terms: OrderTerms;
  checkpoint: RecordableCheckpoint;
  deliveryProof?: Hex;
  reference: string;
  feeText?: string;
};

/** The courier records a checkpoint itself, paying the network fee: picked up, on the road, or delivered with the code. */
export default {
  title: ({ checkpoint, reference }, t) =>
    t("carrier:checkpoint.transaction", { checkpoint: t(`carrier:checkpoints.${checkpoint}.action`), reference }),
  displayItems: ({ checkpoint, feeText }, t) => [
    { label: t("carrier:checkpoint.what"), value: t(`carrier:checkpoints.${checkpoint}.meaning`) },
    ...(checkpoint === "Delivered" && feeText !== undefined
      ? [{ label: t("carrier:checkpoint.fee"), value: feeText }]
      : []),
    { label: t("carrier:checkpoint.how"), value: t("carrier:checkpoint.direct") },
  ],
  transaction: ({ walletClient, deployment }, { terms, checkpoint, deliveryProof }) =>
    attestCheckpoint(walletClient, deployment, { terms, checkpoint, deliveryProof }),
  successMessage: ({ checkpoint, feeText }, _, t) =>
    checkpoint === "Delivered"
      ? t("carrier:checkpoint.deliveredDone", { fee: feeText ?? "" })
      : t("carrier:checkpoint.done"),
  invalidates: (_, chainId) => [orderKeys.all(chainId), ["gasCheck", chainId]],
} satisfies MarketTransaction<AttestCheckpointData>;
