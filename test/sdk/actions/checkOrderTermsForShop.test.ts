import { checkOrderTermsForShop, type OrderTerms, type ShopOrderPolicy } from "@grandrue/sdk";
import { type Address, zeroAddress, zeroHash } from "viem";
import { describe, expect, test } from "vitest";

const PAYOUT: Address = "0x00000000000000000000000000000000000000A1";
const HOOK: Address = "0x00000000000000000000000000000000000000A2";
const LEMAN: Address = "0x00000000000000000000000000000000000000A3";
const COURIER: Address = "0x00000000000000000000000000000000000000A4";
const MEDIATOR: Address = "0x00000000000000000000000000000000000000A5";
const OTHER: Address = "0x00000000000000000000000000000000000000FF";

const shop: ShopOrderPolicy = {
  shopId: 7n,
  payout: PAYOUT,
  terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
  hook: HOOK,
  acceptance: {
    payments: [
      { token: zeroAddress, rate: 1n },
      { token: LEMAN, rate: 10n ** 18n },
    ],
    carriers: [COURIER],
    isAnyCarrierAccepted: false,
    arbitrators: [MEDIATOR],
    isAnyArbitratorAccepted: false,
  },
};

function order(overrides: Partial<OrderTerms> = {}): OrderTerms {
  return {
    buyer: OTHER,
    shopId: 7n,
    payout: PAYOUT,
    token: LEMAN,
    amount: 100n,
    deliveryFee: 5n,
    carrier: COURIER,
    arbitrator: MEDIATOR,
    hook: HOOK,
    shipHours: 72,
    deliveryHours: 96,
    returnHours: 336,
    codeHash: zeroHash,
    detailsHash: zeroHash,
    ...overrides,
  };
}

describe("checkOrderTermsForShop", () => {
  test("finds nothing to object to in an order that copies the shop's record and uses what it accepts", () => {
    expect(checkOrderTermsForShop(order(), shop)).toEqual([]);
  });

  test("names a payout, hook or shop that differs from the registry's, with both values", () => {
    expect(checkOrderTermsForShop(order({ payout: OTHER, hook: zeroAddress, shopId: 8n }), shop)).toEqual([
      { name: "ShopMismatch", expected: 7n, actual: 8n },
      { name: "PayoutMismatch", expected: PAYOUT, actual: OTHER },
      { name: "HookMismatch", expected: HOOK, actual: zeroAddress },
    ]);
  });

  test("names every window that differs from the shop's terms", () => {
    expect(checkOrderTermsForShop(order({ shipHours: 1, deliveryHours: 2, returnHours: 3 }), shop)).toEqual([
      { name: "ShipWindowMismatch", expected: 72, actual: 1 },
      { name: "DeliveryWindowMismatch", expected: 96, actual: 2 },
      { name: "ReturnWindowMismatch", expected: 336, actual: 3 },
    ]);
  });

  test("refuses a token, carrier or arbitrator the shop does not list", () => {
    expect(
      checkOrderTermsForShop(order({ token: OTHER, carrier: OTHER, arbitrator: OTHER }), shop).map(
        (mismatch) => mismatch.name,
      ),
    ).toEqual(["TokenNotAccepted", "CarrierNotAccepted", "ArbitratorNotAccepted"]);
  });

  test("accepts any carrier or arbitrator when the shop says so", () => {
    const open = {
      ...shop,
      acceptance: { ...shop.acceptance, isAnyCarrierAccepted: true, isAnyArbitratorAccepted: true },
    };
    expect(checkOrderTermsForShop(order({ carrier: OTHER, arbitrator: OTHER }), open)).toEqual([]);
  });

  test("accepts an order without carrier: pickup or the shop's own delivery", () => {
    expect(checkOrderTermsForShop(order({ carrier: zeroAddress, deliveryFee: 0n }), shop)).toEqual([]);
  });

  test("accepts an order without arbitrator only from a shop that lists none, lists address zero, or accepts any", () => {
    const withoutArbitrator = order({ arbitrator: zeroAddress });
    expect(checkOrderTermsForShop(withoutArbitrator, shop).map((mismatch) => mismatch.name)).toEqual([
      "ArbitratorNotAccepted",
    ]);
    const listsNone = { ...shop, acceptance: { ...shop.acceptance, arbitrators: [] } };
    const listsZero = { ...shop, acceptance: { ...shop.acceptance, arbitrators: [MEDIATOR, zeroAddress] } };
    const acceptsAny = { ...shop, acceptance: { ...shop.acceptance, isAnyArbitratorAccepted: true } };
    for (const policy of [listsNone, listsZero, acceptsAny])
      expect(checkOrderTermsForShop(withoutArbitrator, policy)).toEqual([]);
  });

  test("compares addresses whatever their letter case", () => {
    expect(
      checkOrderTermsForShop(
        order({ payout: PAYOUT.toLowerCase() as Address, token: LEMAN.toLowerCase() as Address }),
        shop,
      ),
    ).toEqual([]);
  });
});
