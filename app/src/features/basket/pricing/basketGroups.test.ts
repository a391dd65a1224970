import { describe, expect, test } from "vitest";
import { BAKERY, BIKES, BOOKSHOP, CARRIERS, ETH, HOME, LEMAN, VANS } from "../../../test/basketFixtures.ts";
import type { BasketLine } from "../index.ts";
import { basketGroups, blockingProblems } from "./basketGroups.ts";
import { currencyTotals } from "./currencyTotals.ts";

const shops = new Map([
  ["1", BAKERY],
  ["3", BOOKSHOP],
]);
const shopOf = (shopId: string) => shops.get(shopId);
const lines: BasketLine[] = [
  { shopId: "1", itemId: "pain-au-levain", variantId: "1kg", quantity: 1 },
  { shopId: "3", itemId: "grand-meaulnes", quantity: 2 },
  { shopId: "1", itemId: "croissant-beurre", quantity: 4 },
];

function withStock(croissants: number, levain1kg: number) {
  const catalog = BAKERY.catalog!;
  return {
    ...BAKERY,
    catalog: {
      ...catalog,
      schema: "grandrue.catalog/2" as const,
      items: catalog.items.map((item) =>
        item.id === "croissant-beurre"
          ? { ...item, stock: croissants }
          : item.id === "pain-au-levain"
            ? {
                ...item,
                variants: item.variants.map((variant) =>
                  variant.id === "1kg" ? { ...variant, stock: levain1kg } : variant,
                ),
              }
            : item,
      ),
    },
  };
}

describe("basket groups", () => {
  test("refuse more than the shop has left, and treat a sold-out item as unavailable", () => {
    const stocked = (croissants: number, levain: number) =>
      basketGroups(lines, {}, (id) => (id === "1" ? withStock(croissants, levain) : shopOf(id)), {
        carriers: CARRIERS,
        place: HOME,
      })[0]!;
    expect(blockingProblems(stocked(4, 1))).toEqual([]);
    const short = stocked(3, 1);
    expect(blockingProblems(short)).toEqual(["over-stock"]);
    expect(short.lines.map((line) => [line.line.itemId, line.stock, line.isOverStock])).toEqual([
      ["pain-au-levain", 1, undefined],
      ["croissant-beurre", 3, true],
    ]);
    const soldOut = stocked(4, 0);
    expect(soldOut.lines[0]?.isAvailable).toBe(false);
    expect(blockingProblems(soldOut)).toEqual(["item-unavailable"]);
  });

  test("group the lines by shop, in the order the shops were added, priced from the catalog (a variant's price wins)", () => {
    const groups = basketGroups(lines, {}, shopOf, { carriers: CARRIERS, place: HOME });
    expect(
      groups.map((group) => [group.name, group.lines.map((line) => [line.title, line.variantLabel, line.unitPrice])]),
    ).toEqual([
      [
        "Le Fournil de la Halle",
        [
          ["Pain au levain", "1 kg", "5.90"],
          ["Croissant au beurre", undefined, "1.30"],
        ],
      ],
      ["Librairie Les Mots Passants", [["Le Grand Meaulnes", undefined, "5.10"]]],
    ]);
    expect(groups[0]?.totals).toEqual({ subtotal: "11.10", deliveryFee: "0.00", total: "11.10" });
  });

  test("without a choice, a group is picked up at the shop and paid with the shop's first currency", () => {
    const [bakery] = basketGroups(lines, {}, shopOf, { carriers: CARRIERS, place: HOME });
    expect(bakery?.delivery).toEqual({ kind: "pickup" });
    expect(bakery?.payment?.token).toBe(LEMAN);
  });

  test("the chosen carrier's fee for the distance is added to the group's total, in the chosen currency", () => {
    const choices = { "3": { delivery: { fulfilment: "carrier" as const, carrier: VANS }, token: ETH } };
    const [, bookshop] = basketGroups(lines, choices, shopOf, { carriers: CARRIERS, place: HOME });
    expect(bookshop?.delivery).toMatchObject({ kind: "carrier", address: VANS, fee: { price: "6.90" } });
    expect(bookshop?.totals).toEqual({ subtotal: "10.20", deliveryFee: "6.90", total: "17.10" });
    expect(bookshop?.payment?.token).toBe(ETH);
  });

  test("unavailable and vanished items are flagged and stop the group being paid", () => {
    const basket: BasketLine[] = [
      { shopId: "1", itemId: "galette-des-rois", quantity: 1 },
      { shopId: "1", itemId: "no-longer-sold", quantity: 1 },
      { shopId: "1", itemId: "croissant-beurre", quantity: 1 },
    ];
    const [bakery] = basketGroups(basket, {}, shopOf, { carriers: CARRIERS, place: HOME });
    expect(bakery?.lines.map((line) => line.isAvailable)).toEqual([false, false, true]);
    expect(bakery?.totals?.subtotal).toBe("1.30");
    expect(blockingProblems(bakery!)).toEqual(["item-unavailable"]);
  });

  test("an item that cannot be delivered leaves pickup as the only way", () => {
    const basket: BasketLine[] = [{ shopId: "1", itemId: "tarte-fine-poires", quantity: 1 }];
    const choices = { "1": { delivery: { fulfilment: "carrier" as const, carrier: BIKES } } };
    const [bakery] = basketGroups(basket, choices, shopOf, { carriers: CARRIERS, place: HOME });
    expect(bakery?.deliveryOptions).toEqual([{ kind: "pickup" }]);
    expect(bakery?.delivery).toEqual({ kind: "pickup" });
  });

  test("a shop missing from the index cannot be paid, and says so", () => {
    const [unknown] = basketGroups([{ shopId: "99", itemId: "x", quantity: 1 }], {}, shopOf, {
      carriers: CARRIERS,
      place: HOME,
    });
    expect(unknown?.problems).toContain("shop-unavailable");
  });

  test("without the shopper's place a carrier's fee is unknown until a zone is chosen, which does not block the basket", () => {
    const choices = { "3": { delivery: { fulfilment: "carrier" as const, carrier: BIKES } } };
    const [, bookshop] = basketGroups(lines, choices, shopOf, { carriers: CARRIERS, place: undefined });
    expect(bookshop?.problems).toEqual(["fee-unknown"]);
    expect(blockingProblems(bookshop!)).toEqual([]);
    const [, zoned] = basketGroups(lines, choices, shopOf, {
      carriers: CARRIERS,
      place: undefined,
      zones: { "3": "Jusqu'à 5 km" },
    });
    expect(zoned?.totals?.deliveryFee).toBe("5.90");
  });
});

describe("currency totals", () => {
  test("add up the shops paid in the same currency, and convert each shop at its own rate as its order will", () => {
    const choices = { "3": { delivery: { fulfilment: "carrier" as const, carrier: BIKES } } };
    const groups = basketGroups(lines, choices, shopOf, { carriers: CARRIERS, place: HOME });
    expect(currencyTotals(groups)).toEqual([
      {
        token: LEMAN,
        priceUnit: "EUR",
        subtotal: "21.30",
        deliveryFee: "3.50",
        total: "24.80",
        tokenAmount: 248n * 10n ** 17n,
        shopCount: 2,
      },
    ]);
  });

  test("keep currencies apart, rounding each ETH amount up to the wei as the order document does", () => {
    const choices = { "3": { token: ETH } };
    const totals = currencyTotals(basketGroups(lines, choices, shopOf, { carriers: CARRIERS, place: HOME }));
    expect(totals.map((total) => [total.token, total.total])).toEqual([
      [LEMAN, "11.10"],
      [ETH, "10.20"],
    ]);
    expect(totals[1]?.tokenAmount).toBe((1020n * (10n ** 18n / 3000n) + 99n) / 100n);
  });
});
