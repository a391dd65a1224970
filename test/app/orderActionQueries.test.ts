import { describe, expect, test } from "vitest";
import merchantAcceptOrder from "../../app/src/features/merchant/transactions/acceptOrder.ts";
import merchantAcceptSettlement from "../../app/src/features/merchant/transactions/acceptSettlement.ts";
import merchantConfirmDelivery from "../../app/src/features/merchant/transactions/confirmDelivery.ts";
import merchantDeclineOrder from "../../app/src/features/merchant/transactions/declineOrder.ts";
import merchantMarkShipped from "../../app/src/features/merchant/transactions/markShipped.ts";
import merchantProposeSettlement from "../../app/src/features/merchant/transactions/proposeSettlement.ts";
import buyerAcceptSettlement from "../../app/src/features/orders/transactions/acceptSettlement.ts";
import buyerCancelOrder from "../../app/src/features/orders/transactions/cancelOrder.ts";
import buyerConfirmReceipt from "../../app/src/features/orders/transactions/confirmReceipt.ts";
import buyerExpireOrder from "../../app/src/features/orders/transactions/expireOrder.ts";
import buyerOpenDispute from "../../app/src/features/orders/transactions/openDispute.ts";
import buyerPostReview from "../../app/src/features/orders/transactions/postReview.ts";
import buyerProposeSettlement from "../../app/src/features/orders/transactions/proposeSettlement.ts";
import buyerReleasePayment from "../../app/src/features/orders/transactions/releasePayment.ts";
import buyerResolveTimedOutDispute from "../../app/src/features/orders/transactions/resolveTimedOutDispute.ts";
import { type OrderActionData, orderActionQueries } from "../../app/src/market/index.ts";
import { testOrder } from "../../app/src/test/orderFixtures.ts";

const CHAIN_ID = 31337;
const { orderId, terms } = testOrder();
/** The one OrderActionData; what some actions add to it (a rating, a refund) plays no part in what they refresh. */
const data: OrderActionData = { orderId, terms, reference: "0xa15e3c91", shopName: "Le Fournil de la Halle" };

const ORDER_ACTIONS = {
  merchantAcceptOrder,
  merchantAcceptSettlement,
  merchantConfirmDelivery,
  merchantDeclineOrder,
  merchantMarkShipped,
  merchantProposeSettlement,
  buyerAcceptSettlement,
  buyerCancelOrder,
  buyerConfirmReceipt,
  buyerExpireOrder,
  buyerOpenDispute,
  buyerPostReview,
  buyerProposeSettlement,
  buyerReleasePayment,
  buyerResolveTimedOutDispute,
};

describe("order actions, the buyer's and the shop's", () => {
  test.each(Object.entries(ORDER_ACTIONS))("%s refreshes what every order action changes", (_name, action) => {
    const invalidated = action.invalidates(data as never, CHAIN_ID).map((key) => JSON.stringify(key));
    for (const key of orderActionQueries(CHAIN_ID)) expect(invalidated).toContain(JSON.stringify(key));
  });
});
