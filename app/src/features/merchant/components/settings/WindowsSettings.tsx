import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { invalidWindows, termsFromForm, type WindowsForm, windowsForm } from "../../lib/windows.ts";
import updateTermsTransaction from "../../transactions/updateTerms.ts";
import { WindowsFields } from "../profile/WindowsFields.tsx";

/** The shop's four windows for future orders. */
export function WindowsSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const [form, setForm] = useState<WindowsForm>(() => windowsForm(shop.terms));
  const [isShowingProblems, setShowingProblems] = useState(false);
  const saving = useTransaction(updateTermsTransaction);
  const save = () => {
    setShowingProblems(true);
    if (invalidWindows(form).length === 0) saving.open({ shopId: shop.shopId, terms: termsFromForm(form) });
  };
  return (
    <section className="settings__group" aria-labelledby="settings-windows">
      <h2 id="settings-windows" className="section__title">
        {t("settings.windows.title")}
      </h2>
      <WindowsFields
        form={form}
        onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
        showProblems={isShowingProblems}
      />
      <p className="muted">{t("settings.windows.future")}</p>
      <Button variant="primary" onClick={save}>
        {t("settings.windows.save")}
      </Button>
      <TransactionDialog handle={saving} />
    </section>
  );
}
