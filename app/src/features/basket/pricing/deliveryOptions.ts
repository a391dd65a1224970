import {
  type CarrierFee,
  type CarrierProfile,
  currencyMinorUnits,
  haversineMetres,
  type IndexedShop,
  type LatLon,
} from "@grandrue/sdk";
import { type Address, isAddressEqual } from "viem";
import type { CarrierWithProfile } from "../../../market/index.ts";
import type { DeliveryChoice } from "../index.ts";
import { applicableFee, feeRange, servesPlace } from "./carrierFee.ts";

/** A carrier the shop accepts, with what it would cost for this shopper. */
export type CarrierOption = {
  kind: "carrier";
  address: Address;
  profile: CarrierProfile;
  /** Shop-to-shopper distance, when the shopper's place is known. */
  distanceMetres?: number;
  /** The fee that applies: by distance, or the zone the shopper chose; undefined until one of them is known. */
  fee?: CarrierFee;
  /** Cheapest and dearest fees, shown while the distance is unknown. */
  range: { lowest: string; highest: string };
  /** The shopper's place is outside the carrier's area or beyond its last fee: it cannot be chosen. */
  isOutOfReach: boolean;
};

export type DeliveryOption = { kind: "pickup" } | { kind: "own-delivery" } | CarrierOption;

/** What the options depend on beyond the shop: its items, the registered carriers, where the shopper is. */
export type DeliveryContext = {
  /** Whether every item of the group may be picked up / delivered (catalog flags). */
  canPickup: boolean;
  canDeliver: boolean;
  carriers: ReadonlyMap<Address, CarrierWithProfile> | undefined;
  place: LatLon | undefined;
  /** The fee label the shopper picked for a carrier while the place is unknown (checkout asks for it). */
  zoneLabel?: string;
};

function carrierOption(
  shop: IndexedShop,
  carrier: CarrierWithProfile & { profile: CarrierProfile },
  context: DeliveryContext,
): CarrierOption {
  const { profile } = carrier;
  const range = feeRange(profile.fees, currencyMinorUnits(profile.priceUnit));
  const shopLocation = shop.metadata?.location;
  if (context.place === undefined || shopLocation === undefined) {
    const fee = profile.fees.find((candidate) => candidate.label === context.zoneLabel);
    return { kind: "carrier", address: carrier.carrier, profile, fee, range, isOutOfReach: false };
  }
  const distanceMetres = haversineMetres(shopLocation, context.place);
  const fee = applicableFee(profile.fees, distanceMetres / 1000);
  const isOutOfReach = fee === undefined || !servesPlace(profile, context.place);
  return { kind: "carrier", address: carrier.carrier, profile, distanceMetres, fee, range, isOutOfReach };
}

function acceptedCarriers(shop: IndexedShop, carriers: ReadonlyMap<Address, CarrierWithProfile> | undefined) {
  const priceUnit = shop.metadata?.priceUnit;
  return [...(carriers?.values() ?? [])].filter(
    (carrier): carrier is CarrierWithProfile & { profile: CarrierProfile } =>
      carrier.profile !== undefined &&
      carrier.profile.priceUnit === priceUnit &&
      (shop.isAnyCarrierAccepted || shop.carriers.some((accepted) => isAddressEqual(accepted, carrier.carrier))),
  );
}

/**
 * Every way a shop's order can reach the shopper: pickup at the shop (if it offers it and every item allows it), the
 * shop's own delivery, and each accepted carrier with a published profile in the shop's price unit.
 * @example deliveryOptions(shop, { canPickup: true, canDeliver: true, carriers, place }) // [{ kind: "pickup" }, { kind: "carrier", … }]
 */
export function deliveryOptions(shop: IndexedShop, context: DeliveryContext): DeliveryOption[] {
  const fulfilment = shop.metadata?.fulfilment;
  const options: DeliveryOption[] = [];
  if (fulfilment?.pickup === true && context.canPickup) options.push({ kind: "pickup" });
  if (!context.canDeliver) return options;
  if (fulfilment?.ownDelivery === true) options.push({ kind: "own-delivery" });
  for (const carrier of acceptedCarriers(shop, context.carriers)) options.push(carrierOption(shop, carrier, context));
  return options;
}

/** Whether an option matches what the shopper chose. */
export function isChosen(option: DeliveryOption, choice: DeliveryChoice | undefined): boolean {
  if (choice === undefined || option.kind !== choice.fulfilment) return false;
  return (
    option.kind !== "carrier" ||
    (choice.fulfilment === "carrier" && option.address.toLowerCase() === choice.carrier.toLowerCase())
  );
}

/** The option the shopper chose if it is still possible, else the first possible one. */
export function chosenOption(
  options: readonly DeliveryOption[],
  choice: DeliveryChoice | undefined,
): DeliveryOption | undefined {
  const possible = options.filter((option) => option.kind !== "carrier" || !option.isOutOfReach);
  return possible.find((option) => isChosen(option, choice)) ?? possible[0];
}

/** The choice that selects `option`, as the basket stores it. */
export function toDeliveryChoice(option: DeliveryOption): DeliveryChoice {
  return option.kind === "carrier" ? { fulfilment: "carrier", carrier: option.address } : { fulfilment: option.kind };
}
