import { type Dispatch, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import type { BasketGroup } from "../../basket/index.ts";
import type { CheckoutEvent, CheckoutState } from "../model/checkoutState.ts";
import { AddressReadersNote } from "./AddressReadersNote.tsx";
import { SavedAddressChoice, type SavedAddressChoiceProps } from "./SavedAddressChoice.tsx";
import { ShippingForm } from "./ShippingForm.tsx";
import { StepHeading } from "./StepHeading.tsx";
import { ZoneChoice } from "./ZoneChoice.tsx";

export type DetailsStepProps = {
  /** Whether the shopper came back to this step (it then takes the focus). */
  isFocused: boolean;
  groups: readonly BasketGroup[];
  /** Carrier deliveries whose fee depends on where the address is (the shopper's place is unknown). */
  zoneGroups: readonly BasketGroup[];
  isAddressNeeded: boolean;
  state: CheckoutState;
  dispatch: Dispatch<CheckoutEvent>;
  savedAddress: SavedAddressChoiceProps;
  onSubmit(): void;
};

/** Step 1: the delivery address, typed once for every delivered order, and the carriers' zones if needed. */
export function DetailsStep({
  isFocused,
  groups,
  zoneGroups,
  isAddressNeeded,
  state,
  dispatch,
  savedAddress,
  onSubmit,
}: DetailsStepProps) {
  const { t } = useTranslation("orders");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const [first] = state.invalid;
    if (first === undefined) return;
    const name = first.startsWith("zone:") ? `zone-${first.slice(5)}` : first;
    form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  }, [state.invalid]);
  return (
    <form
      ref={form}
      className="checkout-details"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <StepHeading isFocused={isFocused}>{t("checkout.details.step")}</StepHeading>
      {isAddressNeeded && (
        <Card title={t("checkout.details.title")}>
          <ShippingForm
            draft={state.draft}
            invalid={state.invalid}
            onEdit={(field, value) => dispatch({ type: "edit", field, value })}
          />
          <SavedAddressChoice {...savedAddress} />
          <AddressReadersNote groups={groups} />
        </Card>
      )}
      {zoneGroups.map((group) => (
        <ZoneChoice
          key={group.shopId}
          group={group}
          chosen={state.zones[group.shopId]}
          isInvalid={state.invalid.includes(`zone:${group.shopId}`)}
          onChoose={(label) => dispatch({ type: "chooseZone", shopId: group.shopId, label })}
        />
      ))}
      {state.invalid.length > 0 && (
        <p className="checkout-details__problem" role="alert">
          {t("checkout.details.fix", { count: state.invalid.length })}
        </p>
      )}
      <div className="page__footer-actions">
        <Button type="submit" variant="primary" size="large">
          {t("checkout.details.continue")}
        </Button>
      </div>
    </form>
  );
}
