import { type Address, encodeAbiParameters, getAddress, hexToBytes, isAddress } from "viem";
import { SHIPPING_SCHEMA_ID } from "../documents/shippingEnvelope.ts";

const MAX_UINT256 = (1n << 256n) - 1n;

/** The order an envelope belongs to; bound to it as associated data, so it cannot be replayed into another order. */
export type ShippingContext = {
  readonly chainId: number;
  readonly shopId: bigint;
  /** The buyer's account (any letter case). */
  readonly buyer: Address;
};

/**
 * The associated data sealed with every part of an envelope:
 * `abi.encode(string "grandrue.shipping/1", uint256 chainId, uint256 shopId, address buyer)`.
 * @throws RangeError if a field is out of range or the buyer is not an address.
 */
export function encodeShippingContext({ chainId, shopId, buyer }: ShippingContext): Uint8Array {
  if (!Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new RangeError(`chainId must be a positive integer (got ${chainId})`);
  }
  if (typeof shopId !== "bigint" || shopId < 0n || shopId > MAX_UINT256) {
    throw new RangeError(`shopId must be a uint256 bigint (got ${String(shopId)})`);
  }
  if (typeof buyer !== "string" || !isAddress(buyer, { strict: false })) {
    throw new RangeError(`buyer must be an address (got ${String(buyer).slice(0, 64)})`);
  }
  const encoded = encodeAbiParameters(
    [{ type: "string" }, { type: "uint256" }, { type: "uint256" }, { type: "address" }],
    [SHIPPING_SCHEMA_ID, BigInt(chainId), shopId, getAddress(buyer)],
  );
  return hexToBytes(encoded);
}
