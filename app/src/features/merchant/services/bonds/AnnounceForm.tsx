import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../../lib/format.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { type AmountProblem, parseAmount } from "../lib/amountForm.ts";
import announceTransaction from "../transactions/announceBondWithdrawal.ts";

/** Announces a withdrawal: public, possible only after the notice, so buyers can file their claims first. */
export function AnnounceForm({ shop, bond, rate }: { shop: IndexedShop; bond: ShopBond; rate: bigint }) {
  const { t, i18n } = useTranslation("merchant");
  const priceUnit = shop.metadata?.priceUnit ?? "EUR";
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<AmountProblem>();
  const announcing = useTransaction(announceTransaction, { onSuccess: () => setTyped("") });
  return (
    <form
      className="services-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseAmount(typed, { priceUnit, rate, maximum: bond.balance });
        setProblem("problem" in parsed ? parsed.problem : undefined);
        if ("amount" in parsed) {
          announcing.open({
            shopId: shop.shopId,
            token: bond.token,
            amount: parsed.amount,
            amountText: formatPrice(parsed.price, priceUnit, i18n.language),
          });
        }
      }}
    >
      <Field
        label={t("services.bonds.announce.label", { unit: priceUnit })}
        hint={t("services.bonds.announce.hint")}
        error={problem === undefined ? undefined : t(`services.problems.${problem}`)}
      >
        <TextInput inputMode="decimal" value={typed} onChange={(event) => setTyped(event.target.value)} />
      </Field>
      <Button type="submit">{t("services.bonds.announce.submit")}</Button>
      <TransactionDialog handle={announcing} />
    </form>
  );
}
