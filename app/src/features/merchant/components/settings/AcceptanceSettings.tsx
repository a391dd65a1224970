import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { useMarket } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { useOfferedPaymentTokens } from "../../hooks/useOfferedPaymentTokens.ts";
import {
  type AcceptanceForm,
  acceptanceFormFromRecord,
  acceptanceFromForm,
  paymentChoice,
  validateAcceptance,
} from "../../lib/acceptance.ts";
import updateAcceptanceTransaction from "../../transactions/updateAcceptance.ts";
import { ArbitratorFields } from "../profile/ArbitratorFields.tsx";
import { CarrierChoice } from "../profile/CarrierChoice.tsx";
import { PaymentFields } from "../profile/PaymentFields.tsx";

/** What the shop accepts for future orders: money and rates, carriers, arbitrator. */
export function AcceptanceSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const { deployment } = useMarket();
  const tokens = useOfferedPaymentTokens(shop.payments.map((payment) => payment.token));
  const mediator = deployment.contracts.MediatorArbitrator.address;
  const [form, setForm] = useState<AcceptanceForm>();
  const [isShowingProblems, setShowingProblems] = useState(false);
  const saving = useTransaction(updateAcceptanceTransaction);
  if (tokens === undefined) return null;
  const current = form ?? acceptanceFormFromRecord(shop, { tokens, mediator });
  const problems = validateAcceptance(current, tokens);
  const update = (patch: Partial<AcceptanceForm>) => setForm({ ...current, ...patch });
  const priceUnit = shop.metadata?.priceUnit === "CHF" ? "CHF" : "EUR";
  const save = () => {
    setShowingProblems(true);
    if (Object.keys(problems).length > 0) return;
    const payments = tokens.filter((token) => paymentChoice(current, token).isAccepted).map((token) => token.symbol);
    const summary = t("settings.acceptance.summary", { payments: payments.join(", "), count: current.carriers.length });
    saving.open({ shopId: shop.shopId, acceptance: acceptanceFromForm(current, { tokens, mediator }), summary });
  };
  const sectionProps = { form: current, onChange: update, problems: isShowingProblems ? problems : {} };
  return (
    <section className="settings__group" aria-labelledby="settings-acceptance">
      <h2 id="settings-acceptance" className="section__title">
        {t("settings.acceptance.title")}
      </h2>
      <p className="muted">{t("settings.acceptance.text")}</p>
      <PaymentFields {...sectionProps} priceUnit={priceUnit} tokens={tokens} />
      <Card title={t("form.delivery.carriers")}>
        <CarrierChoice value={current.carriers} onChange={(carriers) => update({ carriers })} />
      </Card>
      <ArbitratorFields {...sectionProps} />
      <Button variant="primary" onClick={save}>
        {t("settings.acceptance.save")}
      </Button>
      <TransactionDialog handle={saving} />
    </section>
  );
}
