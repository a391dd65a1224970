import {
  buildOrderRequest,
  checkoutInOneBatch,
  checkoutWithPermit,
  deliveryCodeHash,
  deriveDeliveryCode,
  type PreparedOrder,
  prepareOrder,
  publishPreparedOrder,
  type ShippingDetails,
  supportsAtomicBatch,
} from "@grandrue/sdk";
import type { Address } from "viem";
import { orderKeys } from "../../../market/index.ts";
import type { DisplayItem, MarketTransaction } from "../../../transaction/index.ts";
import { deliveryCodeSeed, rememberDeliveryCode, rememberOrderDocuments } from "../../orders/index.ts";
import { type CheckoutOrder, needsAddress } from "../model/checkoutOrders.ts";

export type PayBasketData = {
  orders: readonly CheckoutOrder[];
  /** Required when an order is delivered; sealed in the browser to its shop and carrier. */
  shipping?: ShippingDetails;
  /** What the review step shows, already in the reader's words (totals per currency). */
  summary: DisplayItem[];
};

export type PaidBasketOrder = { shopId: bigint; shopName: string; orderId: bigint };
export type PayBasketResult = { orders: PaidBasketOrder[] };

/** A delivered order reached the payment without the shipping details it must carry. */
export class MissingShippingDetailsError extends Error {
  constructor(shopName: string) {
    super(`The order for ${shopName} is delivered, but no shipping details were given`);
    this.name = "MissingShippingDetailsError";
  }
}

/** A paid order could not be matched to the basket: the receipt has no `OrderPaid` for its line items. */
export class UnmatchedPaidOrderError extends Error {
  constructor(shopName: string) {
    super(`The payment went through, but the receipt names no order for ${shopName}: look in My orders`);
    this.name = "UnmatchedPaidOrderError";
  }
}

function prepare(
  order: CheckoutOrder,
  chainId: number,
  buyer: Address,
  shipping: ShippingDetails | undefined,
): PreparedOrder {
  if (needsAddress(order) && shipping === undefined) throw new MissingShippingDetailsError(order.shopName);
  const recipients = [order.shopPublicKey, ...(order.carrier === undefined ? [] : [order.carrier.encryptionPublicKey])];
  return prepareOrder({
    chainId,
    buyer,
    shopId: order.shopId,
    catalogCid: order.catalogCid,
    priceUnit: order.priceUnit,
    lines: order.lines,
    deliveryFee: order.totals.deliveryFee,
    fulfilment: order.fulfilment,
    carrier: order.carrier?.address,
    payment: order.payment,
    ...(needsAddress(order) &&
      shipping !== undefined && { shipping: { details: shipping, recipientPublicKeys: recipients } }),
  });
}

/**
 * Pays the whole basket in one transaction: for each shop, the line items (and sealed address) are prepared and
 * published to IPFS (a copy kept in this browser), the delivery code derived from the once-per-visit seed signature, the order request built;
 * then the wallet signs a permit per ERC-20 and sends one `checkoutWithPermit` (ETH orders ride along), or, for a
 * smart account that runs atomic batches (the passkey account), approves and checks out in one batch.
 */
const payBasket = {
  title: ({ orders }, t) => t("orders:checkout.pay.title", { count: orders.length }),
  displayItems: ({ summary }) => summary,
  async transaction({ walletClient, publicClient, deployment, ipfs }, { orders, shipping }) {
    const chainId = deployment.chainId;
    const seed = await deliveryCodeSeed(walletClient);
    const prepared = orders.map((order) => prepare(order, chainId, walletClient.account.address, shipping));
    const storage = typeof localStorage === "undefined" ? undefined : localStorage;
    for (const documents of prepared) {
      await publishPreparedOrder(ipfs, documents);
      rememberOrderDocuments(storage, documents);
    }
    const codes = prepared.map((documents) => deriveDeliveryCode(seed, documents.nonce));
    const requests = await Promise.all(
      orders.map((order, index) =>
        buildOrderRequest(publicClient, deployment, {
          shopId: order.shopId,
          token: order.payment.token,
          amount: prepared[index]!.amount,
          deliveryFee: prepared[index]!.deliveryFee,
          carrier: order.carrier?.address,
          arbitrator: order.arbitrator,
          itemsDigest: prepared[index]!.itemsDigest,
          shippingDigest: prepared[index]!.shippingDigest,
          codeHash: deliveryCodeHash(codes[index]!),
        }),
      ),
    );
    const { orders: paid } = (await supportsAtomicBatch(walletClient))
      ? await checkoutInOneBatch(walletClient, deployment, { requests })
      : await checkoutWithPermit(walletClient, deployment, { requests });
    return {
      orders: orders.map((order, index) => {
        const match = paid.find(
          (candidate) => candidate.itemsDigest.toLowerCase() === prepared[index]!.itemsDigest.toLowerCase(),
        );
        if (match === undefined) throw new UnmatchedPaidOrderError(order.shopName);
        rememberDeliveryCode(storage, chainId, match.orderId, codes[index]!);
        return { shopId: order.shopId, shopName: order.shopName, orderId: match.orderId };
      }),
    };
  },
  successMessage: ({ orders }, _result, t) => t("orders:checkout.pay.success", { count: orders.length }),
  invalidates: (_data, chainId) => [orderKeys.all(chainId)],
} satisfies MarketTransaction<PayBasketData, PayBasketResult>;

export default payBasket;
