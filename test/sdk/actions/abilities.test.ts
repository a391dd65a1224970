import {
  getOrderAbilities,
  ORDER_STATUSES,
  type OrderAbilities,
  type OrderAbilityState,
  type OrderStatus,
  type OrderTerms,
} from "@grandrue/sdk";
import { type Address, zeroAddress, zeroHash } from "viem";
import { describe, expect, test } from "vitest";

const BUYER: Address = "0x00000000000000000000000000000000000000b1";
const SHOP_MANAGER: Address = "0x00000000000000000000000000000000000000c1";
const CARRIER: Address = "0x00000000000000000000000000000000000000d1";
const STRANGER: Address = "0x00000000000000000000000000000000000000e1";
const RETURN_HOURS = 336;
const DEADLINE = 1_800_000_000;
const AFTER_RETURN_WINDOW = DEADLINE + RETURN_HOURS * 3600 + 1;

type Role = "buyer" | "shop" | "carrier" | "stranger";
type Moment = "atDeadline" | "afterDeadline" | "afterReturnWindow";

function terms(hasCarrier: boolean): OrderTerms {
  return {
    buyer: BUYER,
    shopId: 1n,
    payout: SHOP_MANAGER,
    token: zeroAddress,
    amount: 100n,
    deliveryFee: hasCarrier ? 5n : 0n,
    carrier: hasCarrier ? CARRIER : zeroAddress,
    arbitrator: zeroAddress,
    hook: zeroAddress,
    shipHours: 72,
    deliveryHours: 96,
    returnHours: RETURN_HOURS,
    codeHash: zeroHash,
    detailsHash: zeroHash,
  };
}

const ACCOUNTS: Record<Role, Address> = { buyer: BUYER, shop: SHOP_MANAGER, carrier: CARRIER, stranger: STRANGER };
const NOW: Record<Moment, number> = {
  atDeadline: DEADLINE,
  afterDeadline: DEADLINE + 1,
  afterReturnWindow: AFTER_RETURN_WINDOW,
};

/** The facts of an order the shop accepted, not yet delivered, paid or arbitrated. */
const FACTS = { isFeePaid: false, isShopAccepted: true, isShopPaid: false, deliveredAt: 0, isArbitrated: false };

/** The names of the abilities that are true, sorted. */
function allowed(
  status: OrderStatus,
  role: Role,
  moment: Moment,
  options: { hasCarrier?: boolean; state?: Partial<OrderAbilityState> } = {},
): string[] {
  const abilities = getOrderAbilities(
    { status, deadline: DEADLINE, ...FACTS, ...options.state },
    terms(options.hasCarrier ?? true),
    { account: ACCOUNTS[role], isShopManager: role === "shop", now: NOW[moment] },
  );
  return Object.entries(abilities)
    .filter(([, isAllowed]) => isAllowed)
    .map(([name]) => name)
    .sort();
}

const sorted = (...names: (keyof OrderAbilities)[]) => [...names].sort();

describe("getOrderAbilities", () => {
  test.each(["None", "Cancelled", "Declined", "Expired", "Resolved"] as const)(
    "allows nothing on a %s order, to anyone, at any time",
    (status) => {
      for (const role of ["buyer", "shop", "carrier", "stranger"] as const) {
        for (const moment of ["atDeadline", "afterDeadline", "afterReturnWindow"] as const) {
          expect(allowed(status, role, moment)).toEqual([]);
        }
      }
    },
  );

  test("Paid: the buyer cancels or releases, the shop accepts until the deadline inclusive and declines at any time", () => {
    expect(allowed("Paid", "buyer", "atDeadline")).toEqual(sorted("canCancel", "canRelease"));
    expect(allowed("Paid", "shop", "atDeadline")).toEqual(sorted("canAccept", "canDecline"));
    expect(allowed("Paid", "carrier", "atDeadline")).toEqual([]);
    expect(allowed("Paid", "stranger", "atDeadline")).toEqual([]);
  });

  test("Paid: once the accept deadline passed anyone may expire it and the shop can no longer accept", () => {
    expect(allowed("Paid", "buyer", "afterDeadline")).toEqual(sorted("canCancel", "canRelease", "canExpire"));
    expect(allowed("Paid", "shop", "afterDeadline")).toEqual(sorted("canDecline", "canExpire"));
    expect(allowed("Paid", "stranger", "afterDeadline")).toEqual(sorted("canExpire"));
  });

  test("Accepted with a carrier: only the carrier picks up, until the ship deadline inclusive", () => {
    expect(allowed("Accepted", "carrier", "atDeadline")).toEqual(sorted("canConfirmPickup"));
    expect(allowed("Accepted", "shop", "atDeadline")).toEqual([]);
    expect(allowed("Accepted", "buyer", "atDeadline")).toEqual(sorted("canRelease"));
    expect(allowed("Accepted", "carrier", "afterDeadline")).toEqual(sorted("canExpire"));
    expect(allowed("Accepted", "stranger", "afterDeadline")).toEqual(sorted("canExpire"));
  });

  test("Accepted without carrier: the shop ships or hands over at the counter, the buyer may confirm receipt", () => {
    expect(allowed("Accepted", "shop", "atDeadline", { hasCarrier: false })).toEqual(
      sorted("canMarkShipped", "canConfirmDelivery"),
    );
    expect(allowed("Accepted", "shop", "afterDeadline", { hasCarrier: false })).toEqual(
      sorted("canConfirmDelivery", "canExpire"),
    );
    expect(allowed("Accepted", "buyer", "atDeadline", { hasCarrier: false })).toEqual(
      sorted("canConfirmReceipt", "canRelease"),
    );
    expect(allowed("Accepted", "carrier", "atDeadline", { hasCarrier: false })).toEqual([]);
  });

  test("Shipped with a carrier: delivery by the carrier, dispute after the delivery deadline, completion after the return window", () => {
    expect(allowed("Shipped", "carrier", "atDeadline")).toEqual(sorted("canConfirmDelivery"));
    expect(allowed("Shipped", "buyer", "atDeadline")).toEqual(sorted("canConfirmReceipt", "canRelease"));
    expect(allowed("Shipped", "shop", "atDeadline")).toEqual([]);
    expect(allowed("Shipped", "buyer", "afterDeadline")).toEqual(
      sorted("canConfirmReceipt", "canRelease", "canDispute"),
    );
    expect(allowed("Shipped", "shop", "afterDeadline")).toEqual(sorted("canDispute"));
    expect(allowed("Shipped", "stranger", "afterDeadline")).toEqual([]);
    expect(allowed("Shipped", "buyer", "afterReturnWindow")).toEqual(
      sorted("canConfirmReceipt", "canRelease", "canComplete"),
    );
    expect(allowed("Shipped", "carrier", "afterReturnWindow")).toEqual(sorted("canConfirmDelivery", "canComplete"));
    expect(allowed("Shipped", "stranger", "afterReturnWindow")).toEqual(sorted("canComplete"));
  });

  test("Shipped: the dispute window after the delivery deadline is inclusive at its end", () => {
    const lastSecond = getOrderAbilities({ status: "Shipped", deadline: DEADLINE, ...FACTS }, terms(true), {
      account: BUYER,
      isShopManager: false,
      now: DEADLINE + RETURN_HOURS * 3600,
    });
    expect({ canDispute: lastSecond.canDispute, canComplete: lastSecond.canComplete }).toEqual({
      canDispute: true,
      canComplete: false,
    });
  });

  test("Shipped without carrier: the shop delivers with the code", () => {
    expect(allowed("Shipped", "shop", "atDeadline", { hasCarrier: false })).toEqual(sorted("canConfirmDelivery"));
    expect(allowed("Shipped", "carrier", "atDeadline", { hasCarrier: false })).toEqual([]);
  });

  test("Delivered: the buyer disputes until the return deadline inclusive, then anyone completes", () => {
    expect(allowed("Delivered", "buyer", "atDeadline")).toEqual(sorted("canRelease", "canDispute"));
    expect(allowed("Delivered", "shop", "atDeadline")).toEqual([]);
    expect(allowed("Delivered", "carrier", "atDeadline")).toEqual([]);
    expect(allowed("Delivered", "buyer", "afterDeadline")).toEqual(sorted("canRelease", "canComplete"));
    expect(allowed("Delivered", "shop", "afterDeadline")).toEqual(sorted("canComplete"));
    expect(allowed("Delivered", "stranger", "afterDeadline")).toEqual(sorted("canComplete"));
  });

  test("Reviews: a purchase that ended with the shop paid, once; never before the end", () => {
    expect(allowed("Completed", "buyer", "atDeadline")).toEqual(sorted("canReview"));
    expect(allowed("Completed", "buyer", "atDeadline", { state: { isShopAccepted: false } })).toEqual([]);
    const paidAfterDelivery = { state: { isShopPaid: true, deliveredAt: DEADLINE - 3600 } };
    expect(allowed("Resolved", "buyer", "atDeadline", paidAfterDelivery)).toEqual(sorted("canReview"));
    expect(allowed("Resolved", "buyer", "atDeadline", { state: { deliveredAt: DEADLINE - 3600 } })).toEqual([]);
    expect(allowed("Resolved", "buyer", "atDeadline", { state: { isShopPaid: true } })).toEqual([]);
    expect(allowed("Completed", "buyer", "atDeadline", { state: { isReviewed: true } })).toEqual([]);
    expect(allowed("Completed", "shop", "afterDeadline")).toEqual([]);
  });

  test("Disputed: both sides propose; only the side without the standing offer accepts it; anyone resolves after the deadline", () => {
    expect(allowed("Disputed", "buyer", "atDeadline")).toEqual(sorted("canProposeSettlement"));
    expect(allowed("Disputed", "shop", "atDeadline")).toEqual(sorted("canProposeSettlement"));
    expect(allowed("Disputed", "carrier", "atDeadline")).toEqual([]);
    const byShop = { state: { settlementOffer: { proposer: SHOP_MANAGER, buyerAmount: 40n } } };
    expect(allowed("Disputed", "buyer", "atDeadline", byShop)).toEqual(
      sorted("canProposeSettlement", "canAcceptSettlement"),
    );
    expect(allowed("Disputed", "shop", "atDeadline", byShop)).toEqual(sorted("canProposeSettlement"));
    const byBuyer = { state: { settlementOffer: { proposer: BUYER, buyerAmount: 60n } } };
    expect(allowed("Disputed", "shop", "atDeadline", byBuyer)).toEqual(
      sorted("canProposeSettlement", "canAcceptSettlement"),
    );
    expect(allowed("Disputed", "buyer", "atDeadline", byBuyer)).toEqual(sorted("canProposeSettlement"));
    expect(allowed("Disputed", "stranger", "afterDeadline", byBuyer)).toEqual(sorted("canResolveTimedOut"));
    expect(allowed("Disputed", "buyer", "afterDeadline")).toEqual(sorted("canProposeSettlement", "canResolveTimedOut"));
  });

  test("Disputed: settling is for the shop's owner when the order was paid, not a new owner", () => {
    const newOwner = getOrderAbilities({ status: "Disputed", deadline: DEADLINE, ...FACTS }, terms(true), {
      account: SHOP_MANAGER,
      isShopManager: true,
      isOrderOwner: false,
      now: DEADLINE,
    });
    expect(newOwner.canProposeSettlement).toBe(false);
  });

  test("Disputed: anyone brings in an arbitrator that did not answer, until the dispute deadline", () => {
    const withArbitrator = { ...terms(true), arbitrator: STRANGER };
    const at = (now: number, isArbitrated: boolean) =>
      getOrderAbilities({ status: "Disputed", deadline: DEADLINE, ...FACTS, isArbitrated }, withArbitrator, {
        account: undefined,
        isShopManager: false,
        now,
      }).canRequestArbitration;
    expect([at(DEADLINE, false), at(DEADLINE + 1, false), at(DEADLINE, true)]).toEqual([true, false, false]);
    expect(allowed("Disputed", "stranger", "atDeadline")).toEqual([]);
  });

  test("without a connected account only the actions open to anyone remain", () => {
    const abilities = getOrderAbilities({ status: "Paid", deadline: DEADLINE, ...FACTS }, terms(true), {
      account: undefined,
      isShopManager: false,
      now: DEADLINE + 1,
    });
    expect(
      Object.entries(abilities)
        .filter(([, isAllowed]) => isAllowed)
        .map(([name]) => name),
    ).toEqual(["canExpire"]);
  });

  test("compares addresses whatever their letter case", () => {
    const checksummedBuyer = { ...terms(true), buyer: "0x00000000000000000000000000000000000000B1" as Address };
    const abilities = getOrderAbilities({ status: "Paid", deadline: DEADLINE, ...FACTS }, checksummedBuyer, {
      account: BUYER,
      isShopManager: false,
      now: DEADLINE,
    });
    expect(abilities.canCancel).toBe(true);
  });

  test("covers every status of the contract's enum", () => {
    expect(ORDER_STATUSES).toEqual([
      "None",
      "Paid",
      "Accepted",
      "Shipped",
      "Delivered",
      "Completed",
      "Cancelled",
      "Declined",
      "Expired",
      "Disputed",
      "Resolved",
    ]);
  });
});
