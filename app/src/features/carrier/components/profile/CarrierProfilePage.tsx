import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../../../components/layout/BackLink.tsx";
import { Page } from "../../../../components/layout/Page.tsx";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import type { CarrierWithProfile } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../../wallet/index.ts";
import { useCarrierRecord } from "../../hooks/useCarrierRecord.ts";
import {
  type CarrierForm,
  carrierFormFromProfile,
  emptyCarrierForm,
  validateCarrierForm,
} from "../../lib/carrierForm.ts";
import saveCarrierProfileTransaction from "../../transactions/saveCarrierProfile.ts";
import { AreaFields } from "./AreaFields.tsx";
import { CarrierIdentityFields } from "./CarrierIdentityFields.tsx";
import { FeeRowsFields } from "./FeeRowsFields.tsx";

/** `/carrier/register` and `/carrier/profile`: becoming a carrier, or changing the public profile. */
export function CarrierProfilePage() {
  const { t } = useTranslation("carrier");
  const { isConnected, address } = useWalletStatus();
  const { carrier, isLoading } = useCarrierRecord(address);
  const isRegistered = carrier !== undefined;
  // Kept here, above the form: the form starts again from the published profile once registered, the dialog stays.
  const saving = useTransaction(saveCarrierProfileTransaction);
  return (
    <Page
      title={isRegistered ? t("profile.editTitle") : t("register.title")}
      lead={isRegistered ? t("profile.editLead") : t("register.lead")}
      back={<BackLink href="/">{t("register.back")}</BackLink>}
      width="narrow"
    >
      {!isConnected && (
        <Banner title={t("register.connectTitle")} action={<ConnectWalletButton size="small" />}>
          <p>{t("register.connectText")}</p>
        </Banner>
      )}
      {isConnected && isLoading ? (
        <Spinner label={t("home.loading")} />
      ) : (
        <CarrierProfileForm
          key={carrier?.profileCid ?? "new"}
          carrier={carrier}
          onSave={(form) => saving.open({ form, isRegistered })}
        />
      )}
      <TransactionDialog handle={saving} />
    </Page>
  );
}

function CarrierProfileForm({
  carrier,
  onSave,
}: {
  carrier: CarrierWithProfile | undefined;
  onSave(form: CarrierForm): void;
}) {
  const { t } = useTranslation("carrier");
  const [form, setForm] = useState<CarrierForm>(() =>
    carrier?.profile === undefined ? emptyCarrierForm() : carrierFormFromProfile(carrier.profile),
  );
  const [isShowingProblems, setShowingProblems] = useState(false);
  const problems = validateCarrierForm(form);
  const shown = isShowingProblems ? problems : {};
  const update = (patch: Partial<CarrierForm>) => setForm((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowingProblems(true);
    if (Object.keys(problems).length === 0) onSave(form);
  };
  return (
    <form className="carrier-form" onSubmit={submit} noValidate>
      <CarrierIdentityFields form={form} onChange={update} problems={shown} />
      <AreaFields form={form} onChange={update} problems={shown} />
      <FeeRowsFields form={form} onChange={update} problems={shown} />
      {isShowingProblems && Object.keys(problems).length > 0 && (
        <Banner tone="error" title={t("form.problemsTitle", { count: Object.keys(problems).length })}>
          <p>{t("form.problemsText")}</p>
        </Banner>
      )}
      <PadlockNote>{t("profile.signatureWhy")}</PadlockNote>
      <Button type="submit" variant="primary" size="large" isWide>
        {carrier === undefined ? t("register.submit") : t("profile.save")}
      </Button>
    </form>
  );
}
