import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { emptyShopProfile, type ShopProfileForm, shopProfileFromMetadata } from "../../lib/shopProfile.ts";
import { validateShopProfile } from "../../lib/validateShopProfile.ts";
import updateShopProfileTransaction from "../../transactions/updateShopProfile.ts";
import { AddressFields } from "../profile/AddressFields.tsx";
import { CatalogueFields } from "../profile/CatalogueFields.tsx";
import { DeliveryFields } from "../profile/DeliveryFields.tsx";
import { IdentityFields } from "../profile/IdentityFields.tsx";
import { LegalFields } from "../profile/LegalFields.tsx";
import { OpeningHoursFields } from "../profile/OpeningHoursFields.tsx";
import { TermsTextFields } from "../profile/TermsTextFields.tsx";

/** The shop's presentation (what customers read), edited with the same sections as when it was opened. */
export function ProfileSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const [form, setForm] = useState<ShopProfileForm>(() =>
    shop.metadata === undefined ? emptyShopProfile() : shopProfileFromMetadata(shop.metadata),
  );
  const [isShowingProblems, setShowingProblems] = useState(false);
  const saving = useTransaction(updateShopProfileTransaction);
  const problems = validateShopProfile(form);
  const problemCount = Object.keys(problems).length;
  const sectionProps = {
    form,
    onChange: (patch: Partial<ShopProfileForm>) => setForm((current) => ({ ...current, ...patch })),
    problems: isShowingProblems ? problems : {},
  };
  const save = () => {
    setShowingProblems(true);
    if (problemCount === 0) saving.open({ shopId: shop.shopId, profile: form });
  };
  return (
    <section className="settings__group" aria-labelledby="settings-profile">
      <h2 id="settings-profile" className="section__title">
        {t("settings.profile.title")}
      </h2>
      {shop.metadata === undefined && (
        <Banner tone="warning" title={t("settings.profile.missingTitle")}>
          <p>{shop.statusReason}</p>
        </Banner>
      )}
      <IdentityFields {...sectionProps} />
      <AddressFields {...sectionProps} />
      <OpeningHoursFields {...sectionProps} />
      <CatalogueFields {...sectionProps} />
      <DeliveryFields pickup={form.pickup} ownDelivery={form.ownDelivery} onFulfilment={sectionProps.onChange} />
      <TermsTextFields {...sectionProps} />
      <LegalFields {...sectionProps} />
      {isShowingProblems && problemCount > 0 && (
        <Banner tone="error" title={t("form.problemsTitle", { count: problemCount })}>
          <p>{t("form.problemsText")}</p>
        </Banner>
      )}
      <PadlockNote>{t("settings.profile.signatureWhy")}</PadlockNote>
      <Button variant="primary" onClick={save}>
        {t("settings.profile.save")}
      </Button>
      <TransactionDialog handle={saving} />
    </section>
  );
}
