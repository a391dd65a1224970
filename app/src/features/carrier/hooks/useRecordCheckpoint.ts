import {
  type OrderDetails,
  type ParsedMarketError,
  parseMarketError,
  type RecordableCheckpoint,
  signCheckpoint,
} from "@grandrue/sdk";
import { useState } from "react";
import type { Hex } from "viem";
import { orderReference } from "../../../lib/orderPath.ts";
import { useMarket } from "../../../market/index.ts";
import { useTransaction } from "../../../transaction/index.ts";
import { checkpointQueue } from "../lib/checkpointQueue.ts";
import attestCheckpointTransaction from "../transactions/attestCheckpoint.ts";
import { useGasCheck } from "./useGasCheck.ts";
import { useOnline } from "./useOnline.ts";

/** How checkpoints are recorded from this device now. */
export type RecordingMode = "direct" | "sign";

/**
 * Records a checkpoint the way the courier's situation allows: directly, in a transaction, when the account can pay
 * the network fee and the phone is online; otherwise signed on the phone (free, works offline) and queued here for
 * anyone to relay.
 */
export function useRecordCheckpoint(order: OrderDetails, feeText: string | undefined) {
  const { walletClient, deployment } = useMarket();
  const gas = useGasCheck(walletClient?.account.address);
  const isOnline = useOnline();
  const attestation = useTransaction(attestCheckpointTransaction);
  const [signing, setSigning] = useState<RecordableCheckpoint>();
  const [signError, setSignError] = useState<ParsedMarketError>();
  const [lastSigned, setLastSigned] = useState<RecordableCheckpoint>();
  const mode: RecordingMode = isOnline && gas.data === true ? "direct" : "sign";

  const record = async (checkpoint: RecordableCheckpoint, deliveryProof?: Hex) => {
    if (mode === "direct") {
      attestation.open({
        orderId: order.orderId,
        terms: order.terms,
        checkpoint,
        deliveryProof,
        reference: orderReference(order.orderId),
        feeText,
      });
      return;
    }
    if (walletClient === undefined) return;
    setSigning(checkpoint);
    setSignError(undefined);
    try {
      const signed = await signCheckpoint(walletClient, deployment, {
        orderId: order.orderId,
        checkpoint,
        deliveryProof,
      });
      checkpointQueue.add(deployment.chainId, signed);
      setLastSigned(checkpoint);
    } catch (error) {
      setSignError(parseMarketError(error));
    } finally {
      setSigning(undefined);
    }
  };
  return { mode, isCheckingGas: gas.isLoading, record, attestation, signing, signError, lastSigned };
}
