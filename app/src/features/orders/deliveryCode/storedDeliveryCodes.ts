import { formatDeliveryCode } from "@grandrue/sdk";

/** Delivery codes are kept in this browser, one key per order, as a convenience: the wallet can always rebuild them. */
export function deliveryCodeStorageKey(chainId: number, orderId: bigint): string {
  return `grandrue.delivery-code.${chainId}.${orderId.toString()}`;
}

/** Remembers an order's delivery code in this browser (nothing happens when storage is disabled). */
export function rememberDeliveryCode(
  storage: Storage | undefined,
  chainId: number,
  orderId: bigint,
  code: string,
): void {
  try {
    storage?.setItem(deliveryCodeStorageKey(chainId, orderId), formatDeliveryCode(code));
  } catch {
    // Storage full or disabled: the code can be recovered by signing again.
  }
}

/** The order's remembered delivery code, or undefined when this browser does not have it (or it is damaged). */
export function rememberedDeliveryCode(
  storage: Storage | undefined,
  chainId: number,
  orderId: bigint,
): string | undefined {
  try {
    const stored = storage?.getItem(deliveryCodeStorageKey(chainId, orderId));
    return stored === null || stored === undefined ? undefined : formatDeliveryCode(stored);
  } catch {
    return undefined;
  }
}
