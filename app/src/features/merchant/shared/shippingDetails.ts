import {
  cidOfDigest,
  decryptShippingDetails,
  documentDigest,
  type IpfsReader,
  type OrderTerms,
  type ShippingDetails,
} from "@grandrue/sdk";
import type { Hex } from "viem";

/** The envelope found for an order is not the one the order committed to. */
export class ShippingDigestMismatchError extends Error {
  constructor(expected: Hex, actual: Hex) {
    super(`The shipping details found have the digest ${actual}, but the order committed to ${expected}`);
    this.name = "ShippingDigestMismatchError";
  }
}

export type SealedOrder = { shippingDigest: Hex; terms: Pick<OrderTerms, "shopId" | "buyer"> };

/**
 * Opens an order's shipping details in the browser: reads the envelope named by the order's `shippingDigest`,
 * checks that its bytes hash to that digest, then decrypts it with the reader's secret key for this order's chain,
 * shop and buyer. Nothing leaves the browser.
 * @throws ShippingDigestMismatchError, or the SDK's `DecryptionError` when the key cannot open it.
 */
export async function openShippingDetails(
  ipfs: IpfsReader,
  chainId: number,
  order: SealedOrder,
  secretKey: Uint8Array,
): Promise<ShippingDetails> {
  const bytes = await ipfs.getBytes(cidOfDigest(order.shippingDigest));
  const digest = documentDigest(bytes);
  if (digest !== order.shippingDigest) throw new ShippingDigestMismatchError(order.shippingDigest, digest);
  const envelope: unknown = JSON.parse(new TextDecoder().decode(bytes));
  return decryptShippingDetails(envelope, secretKey, { chainId, shopId: order.terms.shopId, buyer: order.terms.buyer });
}
