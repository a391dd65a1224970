import {
  type CatalogItem,
  computeOrderTotals,
  currencyMinorUnits,
  type IndexedPaymentOption,
  type IndexedShop,
  type LatLon,
  type OrderTotals,
  stockOf,
  stockShortages,
} from "@grandrue/sdk";
import type { Address } from "viem";
import type { CarrierWithProfile } from "../../../market/index.ts";
import type { BasketChoice, BasketLine } from "../index.ts";
import { chosenOption, type DeliveryOption, deliveryOptions } from "./deliveryOptions.ts";

/** A basket line with what the catalog says about it now. */
export type ResolvedLine = {
  line: BasketLine;
  /** The catalog item, or undefined when the shop no longer sells it. */
  item?: CatalogItem;
  title: string;
  variantLabel?: string;
  /** The price of one unit (the variant's when it has one); undefined when the item is gone. */
  unitPrice?: string;
  isAvailable: boolean;
  /** Units the shop has left for this line, when it counts them. */
  stock?: number;
  /** The basket asks for more than the stock holds (lines sharing one stock counted together). */
  isOverStock?: boolean;
};

/** Why a shop's part of the basket cannot be paid yet. */
export type GroupProblem =
  | "shop-unavailable"
  | "item-unavailable"
  | "over-stock"
  | "no-delivery"
  | "no-payment"
  | "fee-unknown";

/** One shop's part of the basket, ready to show and to pay. */
export type BasketGroup = {
  shopId: string;
  shop?: IndexedShop;
  /** The shop's name, or undefined while its metadata is unknown. */
  name?: string;
  priceUnit: string;
  lines: ResolvedLine[];
  deliveryOptions: DeliveryOption[];
  /** The chosen delivery, or the first possible one. */
  delivery?: DeliveryOption;
  paymentOptions: IndexedPaymentOption[];
  payment?: IndexedPaymentOption;
  /** Subtotal, delivery fee and total of the available lines in the shop's unit, once the fee is known. */
  totals?: OrderTotals;
  problems: GroupProblem[];
};

export type GroupInputs = {
  carriers: ReadonlyMap<Address, CarrierWithProfile> | undefined;
  place: LatLon | undefined;
  /** Fee labels chosen per shop id for a carrier while the place is unknown. */
  zones?: Readonly<Record<string, string>>;
};

function resolveLine(line: BasketLine, shop: IndexedShop | undefined): ResolvedLine {
  const item = shop?.catalog?.items.find((candidate) => candidate.id === line.itemId);
  if (item === undefined) return { line, title: line.itemId, isAvailable: false };
  const stock = stockOf(item, line.variantId);
  const isInStock = stock !== 0;
  if (line.variantId === undefined)
    return { line, item, title: item.title, unitPrice: item.price, isAvailable: item.available && isInStock, stock };
  const variant = item.variants.find((candidate) => candidate.id === line.variantId);
  if (variant === undefined) return { line, item, title: item.title, variantLabel: line.variantId, isAvailable: false };
  const unitPrice = variant.price ?? item.price;
  return {
    line,
    item,
    title: item.title,
    variantLabel: variant.label,
    unitPrice,
    isAvailable: item.available && variant.available && isInStock,
    stock,
  };
}

/** Flags the lines that ask for more than the shop has left. */
function checkStock(lines: ResolvedLine[], shop: IndexedShop | undefined): ResolvedLine[] {
  if (shop?.catalog === undefined) return lines;
  const short = stockShortages(
    shop.catalog,
    lines.filter((line) => line.isAvailable).map(({ line }) => line),
  );
  return lines.map((line) =>
    short.some((shortage) => shortage.itemId === line.line.itemId && shortage.variantId === line.line.variantId)
      ? { ...line, isOverStock: true }
      : line,
  );
}

function deliveryFeeOf(delivery: DeliveryOption | undefined): string | undefined {
  if (delivery === undefined) return undefined;
  return delivery.kind === "carrier" ? delivery.fee?.price : "0";
}

/**
 * One shop's part of the basket: its lines priced from the catalog (unavailable ones flagged), its delivery and
 * payment options with the shopper's choice (or the first possible one), its totals and what stops it being paid.
 * @example const group = basketGroup("3", lines, choices["3"], index.shop(3n), { carriers, place })
 */
export function basketGroup(
  shopId: string,
  lines: readonly BasketLine[],
  choice: BasketChoice | undefined,
  shop: IndexedShop | undefined,
  inputs: GroupInputs,
): BasketGroup {
  const resolved = checkStock(
    lines.map((line) => resolveLine(line, shop)),
    shop,
  );
  const known = resolved.flatMap((line) => (line.item === undefined ? [] : [line.item]));
  const options =
    shop === undefined
      ? []
      : deliveryOptions(shop, {
          canPickup: known.every((item) => item.pickup),
          canDeliver: known.every((item) => item.delivery),
          carriers: inputs.carriers,
          place: inputs.place,
          zoneLabel: inputs.zones?.[shopId],
        });
  const delivery = chosenOption(options, choice?.delivery);
  const paymentOptions = shop?.payments ?? [];
  const payment =
    paymentOptions.find((option) => option.token.toLowerCase() === choice?.token?.toLowerCase()) ?? paymentOptions[0];
  const priceUnit = shop?.metadata?.priceUnit ?? "EUR";
  const fee = deliveryFeeOf(delivery);
  // Only what can be bought counts: unavailable lines are flagged, not added up.
  const priced = resolved.flatMap((line) =>
    line.unitPrice === undefined || !line.isAvailable
      ? []
      : [{ quantity: line.line.quantity, unitPrice: line.unitPrice }],
  );
  const problems: GroupProblem[] = [];
  if (shop === undefined || shop.status !== "ok") problems.push("shop-unavailable");
  if (resolved.some((line) => !line.isAvailable)) problems.push("item-unavailable");
  if (resolved.some((line) => line.isOverStock === true)) problems.push("over-stock");
  if (shop !== undefined && delivery === undefined) problems.push("no-delivery");
  if (shop !== undefined && payment === undefined) problems.push("no-payment");
  if (delivery !== undefined && fee === undefined) problems.push("fee-unknown");
  return {
    shopId,
    shop,
    name: shop?.metadata?.name,
    priceUnit,
    lines: resolved,
    deliveryOptions: options,
    delivery,
    paymentOptions,
    payment,
    totals:
      priced.length > 0 && fee !== undefined
        ? computeOrderTotals(priced, fee, currencyMinorUnits(priceUnit))
        : undefined,
    problems,
  };
}

/**
 * The basket shop by shop, in the order the shops were first added.
 * @example basketGroups(lines, choices, (id) => index.shop(BigInt(id)), { carriers, place })
 */
export function basketGroups(
  lines: readonly BasketLine[],
  choices: Readonly<Record<string, BasketChoice>>,
  shopOf: (shopId: string) => IndexedShop | undefined,
  inputs: GroupInputs,
): BasketGroup[] {
  const byShop = new Map<string, BasketLine[]>();
  for (const line of lines) byShop.set(line.shopId, [...(byShop.get(line.shopId) ?? []), line]);
  return [...byShop].map(([shopId, shopLines]) =>
    basketGroup(shopId, shopLines, choices[shopId], shopOf(shopId), inputs),
  );
}

/** The problems that stop a group being paid; an unknown carrier fee is not one (checkout asks for the zone). */
export function blockingProblems(group: BasketGroup): GroupProblem[] {
  return group.problems.filter((problem) => problem !== "fee-unknown");
}
