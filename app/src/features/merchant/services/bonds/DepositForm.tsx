import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../../lib/format.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { type AmountProblem, parseAmount } from "../lib/amountForm.ts";
import depositTransaction from "../transactions/depositBond.ts";

export type DepositFormProps = { shop: IndexedShop; token: Address; rate: bigint; tokenName: string };

/** Adds collateral, typed in the shop's own unit and paid in the bond's currency at the shop's rate. */
export function DepositForm({ shop, token, rate, tokenName }: DepositFormProps) {
  const { t, i18n } = useTranslation("merchant");
  const priceUnit = shop.metadata?.priceUnit ?? "EUR";
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<AmountProblem>();
  const depositing = useTransaction(depositTransaction, { onSuccess: () => setTyped("") });
  return (
    <form
      className="services-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseAmount(typed, { priceUnit, rate });
        setProblem("problem" in parsed ? parsed.problem : undefined);
        if ("amount" in parsed) {
          depositing.open({
            shopId: shop.shopId,
            token,
            amount: parsed.amount,
            amountText: formatPrice(parsed.price, priceUnit, i18n.language),
            tokenName,
          });
        }
      }}
    >
      <Field
        label={t("services.bonds.deposit.label", { unit: priceUnit })}
        hint={t("services.bonds.deposit.hint", { token: tokenName })}
        error={problem === undefined ? undefined : t(`services.problems.${problem}`)}
      >
        <TextInput inputMode="decimal" value={typed} onChange={(event) => setTyped(event.target.value)} />
      </Field>
      <Button type="submit" variant="primary">
        {t("services.bonds.deposit.submit")}
      </Button>
      <TransactionDialog handle={depositing} />
    </form>
  );
}
