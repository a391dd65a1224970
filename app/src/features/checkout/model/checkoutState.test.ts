import { describe, expect, test } from "vitest";
import {
  type CheckoutEvent,
  type CheckoutState,
  checkoutReducer,
  INITIAL_CHECKOUT,
  validateShipping,
} from "./checkoutState.ts";

function run(events: CheckoutEvent[], from: CheckoutState = INITIAL_CHECKOUT): CheckoutState {
  return events.reduce(checkoutReducer, from);
}

const typed: CheckoutEvent[] = [
  { type: "edit", field: "name", value: " Camille Lefèvre " },
  { type: "edit", field: "street", value: "6 rue des Écoles" },
  { type: "edit", field: "postcode", value: "45600" },
  { type: "edit", field: "city", value: "Aubrelle-sur-Loire" },
];

describe("checkout state", () => {
  test("an address checked by the SDK leads to the review, trimmed and without empty optional fields", () => {
    const state = run([...typed, { type: "submit", needsAddress: true, zoneShopIds: [] }]);
    expect(state.step).toBe("review");
    expect(state.details).toEqual({
      name: "Camille Lefèvre",
      street: "6 rue des Écoles",
      postcode: "45600",
      city: "Aubrelle-sur-Loire",
      country: "FR",
    });
  });

  test("stays on the details and names every field to fix, forgetting each as it is edited", () => {
    const state = run([
      { type: "edit", field: "phone", value: "call me" },
      { type: "submit", needsAddress: true, zoneShopIds: ["3"] },
    ]);
    expect(state.step).toBe("details");
    expect(state.invalid).toEqual(["name", "street", "postcode", "city", "phone", "zone:3"]);
    const fixing = run(
      [
        { type: "edit", field: "name", value: "C" },
        { type: "chooseZone", shopId: "3", label: "Jusqu'à 5 km" },
      ],
      state,
    );
    expect(fixing.invalid).toEqual(["street", "postcode", "city", "phone"]);
  });

  test("pickup-only baskets need no address at all", () => {
    expect(run([{ type: "submit", needsAddress: false, zoneShopIds: [] }])).toMatchObject({
      step: "review",
      details: undefined,
      invalid: [],
    });
  });

  test("going back from the review keeps everything typed, and the next step takes the focus", () => {
    const back = run([...typed, { type: "submit", needsAddress: true, zoneShopIds: [] }, { type: "back" }]);
    expect(back).toMatchObject({ step: "details", hasChangedStep: true });
    expect(back.draft.street).toBe("6 rue des Écoles");
  });

  test("once paid, the paid orders are kept and nothing moves the checkout back", () => {
    const paid = run([
      { type: "paid", orders: [{ shopName: "Le Fournil de la Halle", orderId: 7n }] },
      { type: "back" },
      { type: "submit", needsAddress: false, zoneShopIds: [] },
    ]);
    expect(paid).toMatchObject({ step: "paid", paid: [{ shopName: "Le Fournil de la Halle", orderId: 7n }] });
  });

  test("validateShipping upper-cases the country and rejects one that is not a code", () => {
    const draft = { ...INITIAL_CHECKOUT.draft, name: "A", street: "B", postcode: "1000", city: "Bruxelles" };
    expect(validateShipping({ ...draft, country: "be" })).toMatchObject({ details: { country: "BE" } });
    expect(validateShipping({ ...draft, country: "Belgique" })).toEqual({ invalid: ["country"] });
  });
});
