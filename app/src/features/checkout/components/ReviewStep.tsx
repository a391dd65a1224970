import type { ShippingDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import { ShippingAddress } from "../../../components/ui/ShippingAddress.tsx";
import { GaslessSwitch } from "../../../relaying/index.ts";
import type { TransactionHandle } from "../../../transaction/index.ts";
import type { BasketGroup } from "../../basket/index.ts";
import { CurrencyTotalsList, currencyTotals } from "../../basket/index.ts";
import { usePaymentSummary } from "../hooks/usePaymentSummary.ts";
import type { CheckoutOrder } from "../model/checkoutOrders.ts";
import type { PayBasketData, PayBasketResult } from "../transactions/payBasket.ts";
import { AddressReadersNote } from "./AddressReadersNote.tsx";
import { ReviewOrderCard } from "./ReviewOrderCard.tsx";
import { StepHeading } from "./StepHeading.tsx";

export type ReviewStepProps = {
  /** Whether the shopper arrived here from the details step (it then takes the focus). */
  isFocused: boolean;
  /** The step's number when there is a details step before it. */
  number?: number;
  groups: readonly BasketGroup[];
  orders: readonly CheckoutOrder[];
  details: ShippingDetails | undefined;
  /** Back to the address (absent when every order is picked up). */
  onBack?(): void;
  payment: TransactionHandle<PayBasketData, PayBasketResult>;
};

/** Step 2: every shop's order with its totals, what is paid in each currency, then the wallet. */
export function ReviewStep({ isFocused, number, groups, orders, details, onBack, payment }: ReviewStepProps) {
  const { t } = useTranslation("orders");
  const totals = currencyTotals(groups);
  const summary = usePaymentSummary(orders, totals);
  return (
    <>
      <StepHeading isFocused={isFocused}>
        {number === undefined ? t("checkout.review.step") : t("checkout.review.numberedStep", { number })}
      </StepHeading>
      {groups.map((group) => (
        <ReviewOrderCard key={group.shopId} group={group} />
      ))}
      {details !== undefined && (
        <Card title={t("checkout.review.addressTitle")}>
          <ShippingAddress details={details} />
          <AddressReadersNote groups={groups} />
        </Card>
      )}
      <Card title={t("checkout.review.totalsTitle")}>
        <CurrencyTotalsList totals={totals} />
        <PadlockNote>{t("checkout.escrowNote")}</PadlockNote>
        <p className="checkout-code-note">{t("checkout.review.codeNote")}</p>
        <GaslessSwitch />
      </Card>
      <div className="page__footer-actions">
        {onBack !== undefined && <Button onClick={onBack}>{t("checkout.review.edit")}</Button>}
        <Button
          variant="primary"
          size="large"
          isLoading={summary === undefined}
          onClick={() => summary !== undefined && payment.open({ orders, shipping: details, summary })}
        >
          {t("checkout.review.pay", { count: orders.length })}
        </Button>
      </div>
    </>
  );
}
