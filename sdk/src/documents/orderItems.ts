import { zeroAddress } from "viem";
import * as z from "zod/mini";
import { integerBetween, schemaId, whenFieldsAreValid } from "./fields/basics.ts";
import { hexBytes } from "./fields/encoding.ts";
import { address, cid, decimalUint, itemId } from "./fields/identifiers.ts";
import { checkPricePrecision, currencyCode, price } from "./fields/money.ts";
import { singleLineText } from "./fields/text.ts";
import { isoDateTime } from "./fields/time.ts";
import { MAX_ITEM_TITLE_LENGTH, MAX_LINE_QUANTITY, MAX_ORDER_LINES } from "./limits.ts";
import { computeOrderTotals } from "./orderTotals.ts";
import { parseVersionedDocument } from "./parse.ts";
import { currencyMinorUnits, minorUnitsToPrice, priceToMinorUnits, priceToTokenAmount } from "./price.ts";

export const ORDER_ITEMS_SCHEMA_ID = "grandrue.order-items/1";

/** One line of an order: what was bought, at what price per unit, as shown to the buyer at checkout. */
export const orderLineSchema = z.strictObject({
  itemId,
  variantId: z.optional(itemId),
  /** The item's title when it was bought (the catalog may change later). */
  title: singleLineText({ min: 1, max: MAX_ITEM_TITLE_LENGTH }),
  quantity: integerBetween(1, MAX_LINE_QUANTITY),
  unitPrice: price,
});

/**
 * What the buyer paid, in token base units. `amount` goes to the shop and `deliveryFee` to the carrier (or the
 * shop for its own delivery); both are `priceToTokenAmount` of the document's subtotal and delivery fee at `rate`.
 */
export const orderPaymentSchema = z.strictObject({
  /** The ERC-20 token, or the zero address for the chain's native currency. */
  token: address,
  /** Token base units per one whole price unit, as published by the shop (`PaymentOption.rate`). */
  rate: decimalUint(256),
  amount: decimalUint(128),
  deliveryFee: decimalUint(128),
});

/**
 * `grandrue.order-items/1`: the line items an order commits to (the order's `itemsDigest` is the sha2-256 of
 * this document's bytes). It records what was paid, so every total is checked: the subtotal against the lines,
 * and the token amounts against the subtotal, the delivery fee and the rate.
 */
export const orderItemsSchema = z
  .strictObject({
    schema: schemaId(ORDER_ITEMS_SCHEMA_ID),
    /**
     * 16 random bytes: two identical baskets still make two documents, so two distinct orders (an order's id is
     * the hash of its terms, which include this document's digest). Also the buyer's delivery-code derivation
     * nonce (`deriveDeliveryCode(signature, BigInt(nonce))`).
     */
    nonce: hexBytes(16),
    createdAt: isoDateTime,
    shopId: decimalUint(256),
    catalogCid: cid,
    priceUnit: currencyCode,
    lines: z
      .array(orderLineSchema, { error: "must be a list" })
      .check(
        z.minLength(1, { error: "must have at least one line" }),
        z.maxLength(MAX_ORDER_LINES, { error: `must have at most ${MAX_ORDER_LINES} lines` }),
      ),
    subtotal: price,
    deliveryFee: price,
    fulfilment: z.enum(["pickup", "carrier", "own-delivery"], {
      error: 'must be "pickup", "carrier" or "own-delivery"',
    }),
    /** The carrier paid the delivery fee; present exactly when `fulfilment` is `carrier`. */
    carrier: z.optional(address),
    payment: orderPaymentSchema,
  })
  .check(
    z.superRefine((order, context) => {
      checkFulfilment(order, context);
      const prices = [
        ...order.lines.map((line, index) => ({ path: ["lines", index, "unitPrice"], price: line.unitPrice })),
        { path: ["subtotal"], price: order.subtotal },
        { path: ["deliveryFee"], price: order.deliveryFee },
      ];
      if (checkPricePrecision(context, order.priceUnit, prices)) checkAmounts(order, context);
    }, whenFieldsAreValid),
  );

export type OrderItems = z.output<typeof orderItemsSchema>;
export type OrderLine = z.output<typeof orderLineSchema>;
export type OrderPayment = z.output<typeof orderPaymentSchema>;
export type Fulfilment = OrderItems["fulfilment"];

/**
 * Validates a `grandrue.order-items/1` document, including its totals and token amounts.
 * @throws DocumentValidationError naming each invalid field.
 * @example const items = parseOrderItems(JSON.parse(text)); BigInt(items.payment.amount)
 */
export function parseOrderItems(json: unknown): OrderItems {
  return parseVersionedDocument(ORDER_ITEMS_SCHEMA_ID, orderItemsSchema, json);
}

function checkFulfilment(order: OrderItems, context: z.core.$RefinementCtx): void {
  const issue = (message: string) => context.addIssue({ code: "custom", path: ["carrier"], message });
  if (order.fulfilment === "carrier" && order.carrier === undefined) issue('is required when fulfilment is "carrier"');
  if (order.fulfilment !== "carrier" && order.carrier !== undefined) {
    issue(`must be absent when fulfilment is "${order.fulfilment}"`);
  }
  if (order.carrier?.toLowerCase() === zeroAddress) issue("must not be the zero address");
}

function checkAmounts(order: OrderItems, context: z.core.$RefinementCtx): void {
  const decimals = currencyMinorUnits(order.priceUnit);
  const totals = computeOrderTotals(order.lines, order.deliveryFee, decimals);
  if (minorUnitsToPrice(priceToMinorUnits(order.subtotal, decimals), decimals) !== totals.subtotal) {
    context.addIssue({
      code: "custom",
      path: ["subtotal"],
      message: `is ${order.subtotal} but the lines add up to ${totals.subtotal}`,
    });
  }
  if (order.fulfilment === "pickup" && priceToMinorUnits(order.deliveryFee, decimals) !== 0n) {
    context.addIssue({ code: "custom", path: ["deliveryFee"], message: "must be 0 for pickup" });
  }
  const rate = BigInt(order.payment.rate);
  if (rate === 0n) {
    context.addIssue({ code: "custom", path: ["payment", "rate"], message: "must be positive" });
    return;
  }
  const expectedAmount = priceToTokenAmount(order.subtotal, rate, decimals);
  if (BigInt(order.payment.amount) !== expectedAmount) {
    context.addIssue({
      code: "custom",
      path: ["payment", "amount"],
      message: `must be ${expectedAmount}: the subtotal ${order.subtotal} ${order.priceUnit} at rate ${rate}`,
    });
  }
  const expectedFee = priceToTokenAmount(order.deliveryFee, rate, decimals);
  if (BigInt(order.payment.deliveryFee) !== expectedFee) {
    context.addIssue({
      code: "custom",
      path: ["payment", "deliveryFee"],
      message: `must be ${expectedFee}: the delivery fee ${order.deliveryFee} ${order.priceUnit} at rate ${rate}`,
    });
  }
}
