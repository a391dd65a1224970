import { recoverDeliveryCode, toCodeHash } from "@grandrue/sdk";
import { useState } from "react";
import type { Hex } from "viem";
import { useMarket } from "../../../market/index.ts";
import { deliveryCodeSeed } from "../deliveryCode/deliveryCodeSeed.ts";
import { rememberDeliveryCode, rememberedDeliveryCode } from "../deliveryCode/storedDeliveryCodes.ts";

/** The wallet signed, but the code it gives does not open this order: it was paid from another wallet or app. */
export class DeliveryCodeNotRecoveredError extends Error {
  constructor() {
    super("This wallet's signature does not give this order's delivery code");
    this.name = "DeliveryCodeNotRecoveredError";
  }
}

export type DeliveryCodeHandle = {
  /** The code, once shown (checked against the order's commitment). */
  code?: string;
  /** Shows the code: from this browser, else by asking the wallet to sign the seed again. */
  reveal(): Promise<void>;
  isRevealing: boolean;
  error?: unknown;
};

function storage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

/**
 * The buyer's delivery code of an order, hidden until asked for: remembered in this browser at checkout, or
 * rebuilt from the wallet's seed signature and the line-items document's nonce, and always checked against the
 * order's on-chain `codeHash` before it is shown.
 */
export function useDeliveryCode(orderId: bigint, codeHash: Hex, itemsNonce: Hex | undefined): DeliveryCodeHandle {
  const { walletClient, deployment } = useMarket();
  const [state, setState] = useState<Omit<DeliveryCodeHandle, "reveal">>({ isRevealing: false });
  const reveal = async () => {
    const remembered = rememberedDeliveryCode(storage(), deployment.chainId, orderId);
    if (remembered !== undefined && toCodeHash(remembered).toLowerCase() === codeHash.toLowerCase()) {
      setState({ code: remembered, isRevealing: false });
      return;
    }
    if (walletClient === undefined || itemsNonce === undefined) return;
    setState({ isRevealing: true });
    try {
      const code = recoverDeliveryCode(await deliveryCodeSeed(walletClient), codeHash, [BigInt(itemsNonce)]);
      if (code === undefined) throw new DeliveryCodeNotRecoveredError();
      rememberDeliveryCode(storage(), deployment.chainId, orderId, code);
      setState({ code, isRevealing: false });
    } catch (error) {
      setState({ isRevealing: false, error });
    }
  };
  return { ...state, reveal };
}
