import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../../../components/layout/BackLink.tsx";
import { Page } from "../../../../components/layout/Page.tsx";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { useMarket } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../../wallet/index.ts";
import { useOfferedPaymentTokens } from "../../hooks/useOfferedPaymentTokens.ts";
import { countProblems, useNewShopForms } from "../../hooks/useShopForms.ts";
import { acceptanceFromForm } from "../../lib/acceptance.ts";
import { termsFromForm } from "../../lib/windows.ts";
import registerShopTransaction from "../../transactions/registerShop.ts";
import { ShopFormSections } from "./ShopFormSections.tsx";
import { ShopOpened } from "./ShopOpened.tsx";

/** `/merchant/new`: one guided form, then one transaction opens the shop. */
export function NewShopPage() {
  const { t } = useTranslation("merchant");
  const { deployment } = useMarket();
  const { isConnected } = useWalletStatus();
  const tokens = useOfferedPaymentTokens() ?? [];
  const forms = useNewShopForms(tokens);
  const registration = useTransaction(registerShopTransaction);
  const formRef = useRef<HTMLFormElement>(null);
  const problemCount = countProblems(forms.problems);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    forms.showProblems();
    if (problemCount > 0) {
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"], .field__error')
          ?.scrollIntoView({ block: "center" }),
      );
      return;
    }
    const mediator = deployment.contracts.MediatorArbitrator.address;
    registration.open({
      profile: forms.profile,
      acceptance: acceptanceFromForm(forms.acceptance, { tokens, mediator }),
      terms: termsFromForm(forms.windows),
    });
  };

  if (registration.result !== undefined && registration.state.step === "closed") {
    return <ShopOpened shopId={registration.result.value.shopId} name={forms.profile.name} />;
  }
  return (
    <Page
      title={t("new.title")}
      lead={t("new.lead")}
      back={<BackLink href="/">{t("new.back")}</BackLink>}
      width="narrow"
    >
      {!isConnected && (
        <Banner title={t("new.connectTitle")} action={<ConnectWalletButton size="small" />}>
          <p>{t("new.connectText")}</p>
        </Banner>
      )}
      <form ref={formRef} className="shop-form" onSubmit={submit} noValidate>
        <ShopFormSections forms={forms} tokens={tokens} />
        <div className="shop-form__submit">
          {forms.isShowingProblems && problemCount > 0 && (
            <Banner tone="error" title={t("form.problemsTitle", { count: problemCount })}>
              <p>{t("form.problemsText")}</p>
            </Banner>
          )}
          <PadlockNote>{t("new.signatureWhy")}</PadlockNote>
          <PadlockNote>{t("new.ownershipNote")}</PadlockNote>
          <Button type="submit" variant="primary" size="large" isWide>
            {t("new.submit")}
          </Button>
        </div>
      </form>
      <TransactionDialog handle={registration} />
    </Page>
  );
}
