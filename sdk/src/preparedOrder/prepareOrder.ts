import { type Address, bytesToHex, type Hex, zeroHash } from "viem";
import { documentDigest } from "../documents/digest.ts";
import { type Fulfilment, type OrderItems, type OrderLine, parseOrderItems } from "../documents/orderItems.ts";
import { computeOrderTotals } from "../documents/orderTotals.ts";
import { currencyMinorUnits, priceToTokenAmount } from "../documents/price.ts";
import { encodeDocument } from "../documents/registry.ts";
import type { ShippingEnvelope } from "../documents/shippingEnvelope.ts";
import { encryptShippingDetails } from "../privacy/encryptShippingDetails.ts";
import type { ShippingDetails } from "../privacy/shippingDetails.ts";

export type PrepareOrderParameters = {
  chainId: number;
  buyer: Address;
  shopId: bigint;
  /** The catalog the lines were taken from. */
  catalogCid: string;
  priceUnit: string;
  lines: OrderLine[];
  /** The delivery fee in the shop's price unit ("0.00" without a carrier). */
  deliveryFee: string;
  fulfilment: Fulfilment;
  /** The carrier paid the fee, required when `fulfilment` is "carrier". */
  carrier?: Address;
  /** The token paid and its rate (token base units per price unit), from the shop's payment options. */
  payment: { token: Address; rate: bigint };
  /** Shipping details and the x25519 keys of who may read them (the shop, and the carrier if any). */
  shipping?: { details: ShippingDetails; recipientPublicKeys: Hex[] };
  /** 16 random bytes by default; pass one to reproduce a document. */
  nonce?: Hex;
  createdAt?: Date;
};

/** Everything a checkout commits to for one order, ready to publish and pay. */
export type PreparedOrder = {
  items: OrderItems;
  itemsBytes: Uint8Array;
  itemsDigest: Hex;
  shipping?: ShippingEnvelope;
  shippingBytes?: Uint8Array;
  /** Zero when there is no shipping envelope (pickup). */
  shippingDigest: Hex;
  /** Token amounts the order pays: goods, and the carrier's fee. */
  amount: bigint;
  deliveryFee: bigint;
  /** The document's nonce as a number, the buyer's delivery-code derivation nonce. */
  nonce: bigint;
};

function randomNonce(): Hex {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * Builds the line-items document (what was bought, at which price, paid how) and, for deliveries, the shipping
 * envelope encrypted in the browser to the shop and the carrier; returns their bytes, their sha2-256 digests (the
 * order's on-chain commitments) and the token amounts. Throws `DocumentValidationError` for a basket that does not
 * add up.
 * @example
 * const prepared = prepareOrder({ chainId, buyer, shopId, catalogCid, priceUnit: 'EUR', lines, deliveryFee: '3.50',
 *   fulfilment: 'carrier', carrier, payment: { token: leman, rate: 10n ** 18n },
 *   shipping: { details, recipientPublicKeys: [shopKey, carrierKey] } })
 */
export function prepareOrder(parameters: PrepareOrderParameters): PreparedOrder {
  const decimals = currencyMinorUnits(parameters.priceUnit);
  const { subtotal, deliveryFee } = computeOrderTotals(parameters.lines, parameters.deliveryFee, decimals);
  const amount = priceToTokenAmount(subtotal, parameters.payment.rate, decimals);
  const feeAmount = priceToTokenAmount(deliveryFee, parameters.payment.rate, decimals);
  const nonce = parameters.nonce ?? randomNonce();
  const items = parseOrderItems({
    schema: "grandrue.order-items/1",
    nonce,
    createdAt: (parameters.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    shopId: parameters.shopId.toString(),
    catalogCid: parameters.catalogCid,
    priceUnit: parameters.priceUnit,
    lines: parameters.lines,
    subtotal,
    deliveryFee,
    fulfilment: parameters.fulfilment,
    ...(parameters.fulfilment === "carrier" && { carrier: parameters.carrier }),
    payment: {
      token: parameters.payment.token,
      rate: parameters.payment.rate.toString(),
      amount: amount.toString(),
      deliveryFee: feeAmount.toString(),
    },
  });
  const itemsBytes = encodeDocument("order-items", items);
  const prepared: PreparedOrder = {
    items,
    itemsBytes,
    itemsDigest: documentDigest(itemsBytes),
    shippingDigest: zeroHash,
    amount,
    deliveryFee: feeAmount,
    nonce: BigInt(nonce),
  };
  if (parameters.shipping === undefined) return prepared;
  const shipping = encryptShippingDetails(parameters.shipping.details, parameters.shipping.recipientPublicKeys, {
    chainId: parameters.chainId,
    shopId: parameters.shopId,
    buyer: parameters.buyer,
  });
  const shippingBytes = encodeDocument("shipping", shipping);
  return { ...prepared, shipping, shippingBytes, shippingDigest: documentDigest(shippingBytes) };
}
