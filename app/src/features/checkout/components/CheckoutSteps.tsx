import type { Dispatch } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { useMarket } from "../../../market/index.ts";
import type { TransactionHandle } from "../../../transaction/index.ts";
import { type BasketGroup, blockingProblems, joinNames } from "../../basket/index.ts";
import { checkoutOrder } from "../model/checkoutOrders.ts";
import type { CheckoutEvent, CheckoutState } from "../model/checkoutState.ts";
import type { PayBasketData, PayBasketResult } from "../transactions/payBasket.ts";
import { DetailsStep } from "./DetailsStep.tsx";
import { ReviewStep } from "./ReviewStep.tsx";
import type { SavedAddressChoiceProps } from "./SavedAddressChoice.tsx";

export type CheckoutStepsProps = {
  groups: readonly BasketGroup[];
  state: CheckoutState;
  dispatch: Dispatch<CheckoutEvent>;
  payment: TransactionHandle<PayBasketData, PayBasketResult>;
  savedAddress: SavedAddressChoiceProps;
};

/** The details step when an order is delivered (address, carrier zones), else straight to the review. */
export function CheckoutSteps({ groups, state, dispatch, payment, savedAddress }: CheckoutStepsProps) {
  const { t, i18n } = useTranslation("orders");
  const { deployment } = useMarket();
  const blocked = groups.filter((group) => blockingProblems(group).length > 0);
  if (blocked.length > 0) {
    return (
      <Banner
        tone="warning"
        title={t("checkout.blockedTitle")}
        action={<LinkButton href="~/basket">{t("checkout.back")}</LinkButton>}
      >
        <p>
          {t("basket.blocked", {
            shops: joinNames(
              blocked.map((group) => group.name ?? group.shopId),
              i18n.language,
            ),
          })}
        </p>
      </Banner>
    );
  }
  const zoneGroups = groups.filter(
    (group) => group.delivery?.kind === "carrier" && group.delivery.distanceMetres === undefined,
  );
  const isAddressNeeded = groups.some((group) => group.delivery !== undefined && group.delivery.kind !== "pickup");
  const orders = groups.flatMap((group) => checkoutOrder(group, deployment) ?? []);
  const isReady = (!isAddressNeeded || state.details !== undefined) && orders.length === groups.length;
  if ((state.step === "details" && (isAddressNeeded || zoneGroups.length > 0)) || !isReady) {
    return (
      <DetailsStep
        isFocused={state.hasChangedStep}
        groups={groups}
        zoneGroups={zoneGroups}
        isAddressNeeded={isAddressNeeded}
        state={state}
        dispatch={dispatch}
        savedAddress={savedAddress}
        onSubmit={() =>
          dispatch({
            type: "submit",
            needsAddress: isAddressNeeded,
            zoneShopIds: zoneGroups.map((group) => group.shopId),
          })
        }
      />
    );
  }
  return (
    <ReviewStep
      isFocused={state.hasChangedStep}
      number={isAddressNeeded || zoneGroups.length > 0 ? 2 : undefined}
      groups={groups}
      orders={orders}
      details={isAddressNeeded ? state.details : undefined}
      onBack={isAddressNeeded || zoneGroups.length > 0 ? () => dispatch({ type: "back" }) : undefined}
      payment={payment}
    />
  );
}
