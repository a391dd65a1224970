import type { Deployment, IndexedPaymentOption, IndexedShop, OrderLine, OrderTotals } from "@grandrue/sdk";
import { type Address, type Hex, isAddressEqual } from "viem";
import { type BasketGroup, blockingProblems } from "../../basket/index.ts";

/** Everything one shop's order needs to be prepared, published and paid. */
export type CheckoutOrder = {
  shopId: bigint;
  shopName: string;
  catalogCid: string;
  priceUnit: string;
  lines: OrderLine[];
  totals: OrderTotals;
  fulfilment: "pickup" | "own-delivery" | "carrier";
  carrier?: { address: Address; name: string; encryptionPublicKey: Hex };
  payment: IndexedPaymentOption;
  /** The shop's key the shipping details are sealed to (with the carrier's). */
  shopPublicKey: Hex;
  /**
   * The deployment's mediator when the shop accepts it; without one, disputes end by settlement or by the facts at
   * their deadline (a proven delivery pays the shop, none refunds the buyer).
   */
  arbitrator?: Address;
};

/** Whether the shop accepts `arbitrator` (listed, or any): checkout names the mediator only then. */
export function acceptsArbitrator(shop: IndexedShop, arbitrator: Address): boolean {
  return shop.isAnyArbitratorAccepted || shop.arbitrators.some((accepted) => isAddressEqual(accepted, arbitrator));
}

/**
 * One shop's basket group as the order it will become, or undefined while it cannot be paid (a problem, an unknown
 * fee, a missing document).
 * @example const orders = groups.flatMap((group) => checkoutOrder(group, deployment) ?? [])
 */
export function checkoutOrder(group: BasketGroup, deployment: Deployment): CheckoutOrder | undefined {
  const { shop, delivery, payment, totals } = group;
  if (blockingProblems(group).length > 0 || shop?.metadata === undefined || shop.catalogCid === undefined)
    return undefined;
  if (delivery === undefined || payment === undefined || totals === undefined) return undefined;
  const lines = group.lines.flatMap(({ line, title, unitPrice }) =>
    unitPrice === undefined
      ? []
      : [
          {
            itemId: line.itemId,
            ...(line.variantId !== undefined && { variantId: line.variantId }),
            title,
            quantity: line.quantity,
            unitPrice,
          },
        ],
  );
  if (lines.length !== group.lines.length) return undefined;
  const mediator = deployment.contracts.MediatorArbitrator.address;
  return {
    shopId: shop.shopId,
    shopName: shop.metadata.name,
    catalogCid: shop.catalogCid,
    priceUnit: group.priceUnit,
    lines,
    totals,
    fulfilment: delivery.kind,
    ...(delivery.kind === "carrier" && {
      carrier: {
        address: delivery.address,
        name: delivery.profile.name,
        encryptionPublicKey: delivery.profile.encryptionPublicKey as Hex,
      },
    }),
    payment,
    shopPublicKey: shop.metadata.encryptionPublicKey as Hex,
    ...(acceptsArbitrator(shop, mediator) && { arbitrator: mediator }),
  };
}

/** Whether an order carries shipping details (everything but pickup). */
export function needsAddress(order: Pick<CheckoutOrder, "fulfilment">): boolean {
  return order.fulfilment !== "pickup";
}

/**
 * Who can read the shipping details: each delivered group's shop and its carrier, once each, in basket order.
 * @example addressReaders(groups) // ["Le Fournil de la Halle", "Les Biclous, coursiers à vélo-cargo"]
 */
export function addressReaders(groups: readonly BasketGroup[]): string[] {
  const names = groups.flatMap(({ name, delivery }) => {
    if (delivery === undefined || delivery.kind === "pickup" || name === undefined) return [];
    return delivery.kind === "carrier" ? [name, delivery.profile.name] : [name];
  });
  return [...new Set(names)];
}
