import { useTranslation } from "react-i18next";
import type { useNewShopForms } from "../../hooks/useShopForms.ts";
import type { PaymentToken } from "../../lib/acceptance.ts";
import { AddressFields } from "../profile/AddressFields.tsx";
import { ArbitratorFields } from "../profile/ArbitratorFields.tsx";
import { CatalogueFields } from "../profile/CatalogueFields.tsx";
import { DeliveryFields } from "../profile/DeliveryFields.tsx";
import { IdentityFields } from "../profile/IdentityFields.tsx";
import { LegalFields } from "../profile/LegalFields.tsx";
import { OpeningHoursFields } from "../profile/OpeningHoursFields.tsx";
import { PaymentFields } from "../profile/PaymentFields.tsx";
import { TermsTextFields } from "../profile/TermsTextFields.tsx";
import { WindowsFields } from "../profile/WindowsFields.tsx";

type Forms = ReturnType<typeof useNewShopForms>;

/** Every section of the new-shop form, in the order a shopkeeper thinks about them. */
export function ShopFormSections({ forms, tokens }: { forms: Forms; tokens: readonly PaymentToken[] }) {
  const { t } = useTranslation("merchant");
  const profileProps = { form: forms.profile, onChange: forms.updateProfile, problems: forms.shown.profile };
  const acceptanceProps = {
    form: forms.acceptance,
    onChange: forms.updateAcceptance,
    problems: forms.shown.acceptance,
  };
  return (
    <>
      <IdentityFields {...profileProps} />
      <AddressFields {...profileProps} />
      <OpeningHoursFields {...profileProps} />
      <CatalogueFields {...profileProps} />
      <PaymentFields
        {...acceptanceProps}
        priceUnit={forms.profile.priceUnit}
        onPriceUnit={(priceUnit) => forms.updateProfile({ priceUnit })}
        tokens={tokens}
      />
      <DeliveryFields
        pickup={forms.profile.pickup}
        ownDelivery={forms.profile.ownDelivery}
        onFulfilment={forms.updateProfile}
        carriers={{ value: forms.acceptance.carriers, onChange: (carriers) => forms.updateAcceptance({ carriers }) }}
        error={forms.shown.fulfilment ? t("form.errors.noFulfilment") : undefined}
      />
      <ArbitratorFields {...acceptanceProps} />
      <WindowsFields form={forms.windows} onChange={forms.updateWindows} showProblems={forms.isShowingProblems} />
      <TermsTextFields {...profileProps} />
      <LegalFields {...profileProps} />
    </>
  );
}
