import {
  currencyMinorUnits,
  type OrderAbilities,
  type OrderDetails,
  type OrderItems,
  priceToTokenAmount,
  tokenAmountToPrice,
} from "@grandrue/sdk";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Price } from "../../../../components/ui/Price.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../../lib/format.ts";
import type { OrderActionData } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { normalizePrice } from "../../lib/itemForm.ts";
import acceptSettlementTransaction from "../../transactions/acceptSettlement.ts";
import proposeSettlementTransaction from "../../transactions/proposeSettlement.ts";
import { DisputeSummary } from "./DisputeSummary.tsx";

export type DisputePanelProps = {
  order: OrderDetails;
  abilities: OrderAbilities;
  action: OrderActionData;
  items: OrderItems | undefined;
};

/**
 * A disputed order: what the customer asked, the standing offer, and the shop's own offer to settle it between them.
 * Its transaction dialogs stay mounted once the dispute is settled, so the outcome is read.
 */
export function DisputePanel({ order, abilities, action, items }: DisputePanelProps) {
  const { t, i18n } = useTranslation("merchant");
  const [refund, setRefund] = useState("");
  const [problem, setProblem] = useState<string>();
  const offering = useTransaction(proposeSettlementTransaction);
  const accepting = useTransaction(acceptSettlementTransaction);
  const dialogs = (
    <>
      <TransactionDialog handle={offering} />
      <TransactionDialog handle={accepting} />
    </>
  );
  if (items === undefined || order.state.status !== "Disputed") return dialogs;
  const unit = items.priceUnit;
  const rate = BigInt(items.payment.rate);
  const inWords = (amount: bigint) =>
    formatPrice(tokenAmountToPrice(amount, rate, currencyMinorUnits(unit)), unit, i18n.language);
  const split = (buyerAmount: bigint) => ({
    buyerAmount,
    refundText: inWords(buyerAmount),
    keepText: inWords(order.terms.amount - buyerAmount),
  });
  const offer = order.state.settlementOffer;
  const isBuyersOffer = offer !== undefined && isAddressEqual(offer.proposer, order.terms.buyer);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const price = normalizePrice(refund);
    let buyerAmount: bigint;
    try {
      buyerAmount = priceToTokenAmount(price, rate, currencyMinorUnits(unit));
    } catch {
      setProblem(t("form.errors.price"));
      return;
    }
    if (buyerAmount > order.terms.amount) {
      setProblem(t("dispute.offer.tooMuch", { max: inWords(order.terms.amount) }));
      return;
    }
    setProblem(undefined);
    offering.open({ ...action, ...split(buyerAmount) });
  };
  return (
    <Card title={t("dispute.title")} className="dispute">
      <DisputeSummary order={order} />
      {offer !== undefined && (
        <div className="dispute__offer">
          <p>
            {isBuyersOffer ? t("dispute.buyerOffer") : t("dispute.ownOffer")}{" "}
            <Price amount={tokenAmountToPrice(offer.buyerAmount, rate, currencyMinorUnits(unit))} currency={unit} />
          </p>
          {isBuyersOffer && abilities.canAcceptSettlement && (
            <Button variant="primary" onClick={() => accepting.open({ ...action, ...split(offer.buyerAmount) })}>
              {t("dispute.acceptOffer.button")}
            </Button>
          )}
        </div>
      )}
      {abilities.canProposeSettlement && (
        <form className="dispute__form" onSubmit={submit} noValidate>
          <Field
            label={t("dispute.offer.label", { unit })}
            hint={t("dispute.offer.hint", { max: inWords(order.terms.amount) })}
            error={problem}
          >
            <TextInput value={refund} inputMode="decimal" onChange={(event) => setRefund(event.target.value)} />
          </Field>
          <Button type="submit">
            {offer !== undefined && !isBuyersOffer ? t("dispute.offer.replace") : t("dispute.offer.button")}
          </Button>
        </form>
      )}
      {dialogs}
    </Card>
  );
}
