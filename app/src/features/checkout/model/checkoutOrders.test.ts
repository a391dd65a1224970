import { describe, expect, test } from "vitest";
import { BAKERY, BIKES, BOOKSHOP, CARRIERS, HOME } from "../../../test/basketFixtures.ts";
import { TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import { basketGroups } from "../../basket/index.ts";
import { addressReaders, checkoutOrder } from "./checkoutOrders.ts";

const mediator = TEST_DEPLOYMENT.contracts.MediatorArbitrator.address;
const shops = new Map([
  ["1", { ...BAKERY, arbitrators: [mediator] }],
  ["3", BOOKSHOP],
]);
const lines = [
  { shopId: "1", itemId: "pain-au-levain", variantId: "1kg", quantity: 2 },
  { shopId: "3", itemId: "grand-meaulnes", quantity: 1 },
];
const groups = basketGroups(
  lines,
  { "3": { delivery: { fulfilment: "carrier", carrier: BIKES } } },
  (id) => shops.get(id),
  { carriers: CARRIERS, place: HOME },
);

describe("checkout orders", () => {
  test("each group becomes the order it will be: its lines as bought, its delivery, and the mediator only where the shop accepts it", () => {
    const [bakery, bookshop] = groups.map((group) => checkoutOrder(group, TEST_DEPLOYMENT));
    expect(bakery).toMatchObject({
      shopId: 1n,
      lines: [{ itemId: "pain-au-levain", variantId: "1kg", title: "Pain au levain", quantity: 2, unitPrice: "5.90" }],
      totals: { total: "11.80" },
      fulfilment: "pickup",
      arbitrator: mediator,
    });
    expect(bookshop).toMatchObject({
      fulfilment: "carrier",
      carrier: { address: BIKES, name: "Les Biclous" },
      totals: { deliveryFee: "3.50" },
    });
    expect(bookshop?.arbitrator).toBeUndefined();
  });

  test("a group that cannot be paid yet has no order", () => {
    const [blocked] = basketGroups(
      [{ shopId: "1", itemId: "galette-des-rois", quantity: 1 }],
      {},
      (id) => shops.get(id),
      { carriers: CARRIERS, place: HOME },
    );
    expect(checkoutOrder(blocked!, TEST_DEPLOYMENT)).toBeUndefined();
  });

  test("only delivered orders' shops and their carriers can read the address", () => {
    expect(addressReaders(groups)).toEqual(["Librairie Les Mots Passants", "Les Biclous"]);
  });
});
