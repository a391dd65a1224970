import {
  type BuildOrderRequestParameters,
  buildOrderRequests,
  checkoutInOneBatch,
  deriveDeliveryCode,
  findUnusedNonce,
  NATIVE_TOKEN,
  type PaidOrder,
  type PreparedOrder,
  paidOrdersFromLogs,
  placeOrders,
  prepareOrder,
  publishPreparedOrder,
  type ShippingDetails,
  signCheckout,
  supportsAtomicBatch,
  toCodeHash,
} from "@grandrue/sdk";
import type { Address } from "viem";
import { waitForTransactionReceipt } from "viem/actions";
import { orderKeys } from "../../../market/index.ts";
import { signatureDeadline, signTokenPull } from "../../../relaying/index.ts";
import type { DisplayItem, MarketTransaction, TransactionContext } from "../../../transaction/index.ts";
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

type PreparedBasket = { prepared: PreparedOrder[]; codes: string[]; orders: BuildOrderRequestParameters[] };

/**
 * What every way of paying needs first: for each shop, the line items (and sealed address) prepared and published to
 * IPFS (a copy kept in this browser), the delivery code derived from the once-per-visit seed signature, and what
 * the order request is built from (`placeOrders` and `buildOrderRequests` read the rest from the shop's registry entry).
 */
async function prepareBasket(
  { walletClient, deployment, ipfs }: TransactionContext,
  { orders, shipping }: PayBasketData,
): Promise<PreparedBasket> {
  const seed = await deliveryCodeSeed(walletClient);
  const prepared = orders.map((order) => prepare(order, deployment.chainId, walletClient.account.address, shipping));
  const storage = typeof localStorage === "undefined" ? undefined : localStorage;
  for (const documents of prepared) {
    await publishPreparedOrder(ipfs, documents);
    rememberOrderDocuments(storage, documents);
  }
  const codes = prepared.map((documents) => deriveDeliveryCode(seed, documents.nonce));
  return {
    prepared,
    codes,
    orders: orders.map((order, index) => ({
      shopId: order.shopId,
      token: order.payment.token,
      amount: prepared[index]!.amount,
      deliveryFee: prepared[index]!.deliveryFee,
      carrier: order.carrier?.address,
      arbitrator: order.arbitrator,
      itemsDigest: prepared[index]!.itemsDigest,
      shippingDigest: prepared[index]!.shippingDigest,
      codeHash: toCodeHash(codes[index]!),
    })),
  };
}

/** Matches each basket order to the order the receipt paid, and keeps its delivery code on this device. */
function paidBasket(
  chainId: number,
  orders: readonly CheckoutOrder[],
  { prepared, codes }: PreparedBasket,
  paid: readonly PaidOrder[],
): PayBasketResult {
  const storage = typeof localStorage === "undefined" ? undefined : localStorage;
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
}

/**
 * Pays the whole basket in one transaction: the orders prepared (see `prepareBasket`), then the wallet places them
 * with `placeOrders` (a permit per ERC-20, one checkout, ETH orders ride along), or, for a smart account that runs
 * atomic batches (the passkey account), approves and checks out in one batch. Through a relayer, the wallet signs
 * the checkout and one pull of the orders' total plus the relayer's fee (ERC-3009 or permit), and sends nothing.
 */
const payBasket = {
  title: ({ orders }, t) => t("orders:checkout.pay.title", { count: orders.length }),
  displayItems: ({ summary }) => summary,
  async transaction(context, data) {
    const basket = await prepareBasket(context, data);
    const { walletClient, deployment } = context;
    const { orders: paid } = (await supportsAtomicBatch(walletClient))
      ? await checkoutInOneBatch(walletClient, deployment, {
          requests: await buildOrderRequests(context.publicClient, deployment, basket.orders),
        })
      : await placeOrders(walletClient, deployment, { orders: basket.orders });
    return paidBasket(context.deployment.chainId, data.orders, basket, paid);
  },
  successMessage: ({ orders }, _result, t) => t("orders:checkout.pay.success", { count: orders.length }),
  invalidates: (_data, chainId) => [orderKeys.all(chainId)],
  relayed: {
    quote({ orders }) {
      const tokens = [...new Set(orders.map((order) => order.payment.token.toLowerCase()))];
      if (tokens.includes(NATIVE_TOKEN))
        return { notRelayable: tokens.length === 1 ? "noCurrency" : "mixedCurrencies" };
      if (tokens.length !== 1) return { notRelayable: "mixedCurrencies" };
      return { kind: "checkout", token: orders[0]!.payment.token, orders: orders.length };
    },
    async sign(context, data, fee) {
      const { walletClient, publicClient, deployment } = context;
      const basket = await prepareBasket(context, data);
      const requests = await buildOrderRequests(publicClient, deployment, basket.orders);
      const [nonce, deadline] = await Promise.all([
        findUnusedNonce(publicClient, {
          contract: deployment.contracts.Escrow.address,
          owner: walletClient.account.address,
        }),
        signatureDeadline(publicClient),
      ]);
      const signed = await signCheckout(walletClient, deployment, {
        requests,
        maxFee: fee,
        nonce,
        deadline,
      });
      const total = requests.reduce((sum, request) => sum + request.amount + request.deliveryFee, 0n);
      const tokenPull = await signTokenPull(walletClient, publicClient, deployment, {
        token: requests[0]!.token,
        value: total + fee,
        deadline,
      });
      return {
        intent: { kind: "checkout", ...signed, fee, tokenPull },
        async finish(hash) {
          const receipt = await waitForTransactionReceipt(publicClient, { hash });
          return paidBasket(deployment.chainId, data.orders, basket, paidOrdersFromLogs(receipt.logs));
        },
      };
    },
  },
} satisfies MarketTransaction<PayBasketData, PayBasketResult>;

export default payBasket;
