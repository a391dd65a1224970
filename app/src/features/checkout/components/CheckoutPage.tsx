import { useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { TransactionDialog, useTransaction } from "../../../transaction/index.ts";
import "../../../styles/features/basket.css";
import "../../../styles/features/checkout.css";
import { useBasket, useBasketGroups } from "../../basket/index.ts";
import { useSavedAddress } from "../hooks/useSavedAddress.ts";
import { checkoutReducer, INITIAL_CHECKOUT } from "../model/checkoutState.ts";
import { draftFromAddress, loadSavedAddress } from "../model/savedAddress.ts";
import payBasket from "../transactions/payBasket.ts";
import { CheckoutSteps } from "./CheckoutSteps.tsx";
import { PaidOrders } from "./PaidOrders.tsx";

/** `/checkout`: your (encrypted) address once, a review of every shop's order, then one payment into escrow. */
export function CheckoutPage() {
  const { t } = useTranslation("orders");
  const [initialAddress] = useState(() => loadSavedAddress(globalThis.localStorage));
  const [state, dispatch] = useReducer(checkoutReducer, initialAddress, (saved) =>
    saved === undefined ? INITIAL_CHECKOUT : { ...INITIAL_CHECKOUT, draft: draftFromAddress(saved) },
  );
  const savedAddress = useSavedAddress(initialAddress, state.details);
  const basket = useBasket();
  const { groups, isLoading, error } = useBasketGroups(state.zones);
  const payment = useTransaction(payBasket, {
    onSuccess: ({ orders }) => {
      dispatch({ type: "paid", orders });
      for (const order of orders) basket.clear(order.shopId.toString());
    },
  });
  const back = <BackLink href="~/basket">{t("checkout.back")}</BackLink>;
  return (
    <>
      {state.step === "paid" ? (
        <Page
          key="paid"
          title={t("checkout.paidTitle")}
          lead={t("checkout.paidLead", { count: state.paid.length })}
          width="narrow"
        >
          <PaidOrders orders={state.paid} />
        </Page>
      ) : basket.lines.length === 0 ? (
        <Page title={t("checkout.title")} width="narrow">
          <EmptyState
            icon={<BasketIcon />}
            title={t("checkout.emptyTitle")}
            action={
              <LinkButton href="~/" variant="primary">
                {t("basket.findShops")}
              </LinkButton>
            }
          >
            <p>{t("checkout.emptyText")}</p>
          </EmptyState>
        </Page>
      ) : (
        <Page title={t("checkout.title")} lead={t("checkout.lead")} back={back} width="narrow">
          {error !== null && (
            <Banner tone="warning" title={t("basket.offlineTitle")}>
              <p>{t("basket.offlineText")}</p>
            </Banner>
          )}
          {isLoading ? (
            <Spinner label={t("basket.loading")} />
          ) : (
            <CheckoutSteps
              groups={groups}
              state={state}
              dispatch={dispatch}
              payment={payment}
              savedAddress={savedAddress}
            />
          )}
        </Page>
      )}
      <TransactionDialog handle={payment} />
    </>
  );
}
