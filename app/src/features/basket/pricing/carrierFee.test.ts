import { describe, expect, test } from "vitest";
import { BIKE_PROFILE, BOOKSHOP, CARRIERS, HOME, VAN_PROFILE } from "../../../test/basketFixtures.ts";
import { applicableFee, feeRange, servesPlace } from "./carrierFee.ts";
import { deliveryOptions } from "./deliveryOptions.ts";

describe("carrier fees", () => {
  test("the fee that applies is the smallest distance band covering the distance, else the unlimited one", () => {
    expect(applicableFee(BIKE_PROFILE.fees, 0.3)?.price).toBe("3.50");
    expect(applicableFee(BIKE_PROFILE.fees, 1.5)?.price).toBe("3.50");
    expect(applicableFee(BIKE_PROFILE.fees, 1.51)?.price).toBe("5.90");
    expect(applicableFee(BIKE_PROFILE.fees, 42)?.price).toBe("8.50");
  });

  test("beyond a table's last band there is no fee", () => {
    expect(applicableFee(VAN_PROFILE.fees, 30)).toBeUndefined();
  });

  test("the range goes from the cheapest to the dearest fee", () => {
    expect(feeRange(BIKE_PROFILE.fees, 2)).toEqual({ lowest: "3.50", highest: "8.50" });
  });

  test("a place is served when it lies in one of the carrier's cells", () => {
    expect(servesPlace(BIKE_PROFILE, HOME)).toBe(true);
    expect(servesPlace(BIKE_PROFILE, { lat: 48.8566, lon: 2.3522 })).toBe(false);
  });
});

describe("delivery options", () => {
  test("offer pickup and each accepted carrier with its fee for the distance from the shop to the shopper", () => {
    const options = deliveryOptions(BOOKSHOP, { canPickup: true, canDeliver: true, carriers: CARRIERS, place: HOME });
    expect(
      options.map((option) =>
        option.kind === "carrier"
          ? [option.profile.name, option.fee?.price, Math.round(option.distanceMetres ?? 0)]
          : option.kind,
      ),
    ).toEqual(["pickup", ["Les Biclous", "3.50", 278], ["Les Navettes du Val", "6.90", 278]]);
  });

  test("a carrier that does not reach the shopper's place is offered but cannot be chosen", () => {
    const paris = { lat: 48.8566, lon: 2.3522, label: "Paris" };
    const options = deliveryOptions(BOOKSHOP, { canPickup: true, canDeliver: true, carriers: CARRIERS, place: paris });
    expect(
      options
        .filter((option) => option.kind === "carrier")
        .map((option) => option.kind === "carrier" && option.isOutOfReach),
    ).toEqual([true, true]);
  });

  test("without a place, carriers show their range and the fee of the zone the shopper picked", () => {
    const [, bikes] = deliveryOptions(BOOKSHOP, {
      canPickup: true,
      canDeliver: true,
      carriers: CARRIERS,
      place: undefined,
      zoneLabel: "Jusqu'à 5 km",
    });
    expect(bikes).toMatchObject({
      kind: "carrier",
      range: { lowest: "3.50", highest: "8.50" },
      fee: { price: "5.90" },
      isOutOfReach: false,
    });
    expect(bikes?.kind === "carrier" && bikes.distanceMetres).toBeUndefined();
  });

  test("carriers the shop does not accept, or pricing in another unit, are not offered", () => {
    const shop = { ...BOOKSHOP, carriers: [] };
    expect(deliveryOptions(shop, { canPickup: true, canDeliver: true, carriers: CARRIERS, place: HOME })).toEqual([
      { kind: "pickup" },
    ]);
    const swiss = new Map(
      [...CARRIERS].map(([address, carrier]) => [
        address,
        { ...carrier, profile: { ...carrier.profile!, priceUnit: "CHF" } },
      ]),
    );
    expect(deliveryOptions(BOOKSHOP, { canPickup: false, canDeliver: true, carriers: swiss, place: HOME })).toEqual([]);
  });
});
