import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { parseWarranty, type WarrantyProblem, type WarrantyUnit, warrantyParts } from "../lib/warrantyPeriod.ts";
import setWarrantyTransaction from "../transactions/setWarrantyPeriod.ts";
import { warrantyText } from "./warrantyText.ts";

function initialUnit(seconds: number): { count: string; unit: WarrantyUnit } {
  const parts = warrantyParts(seconds);
  return parts.unit === "days" || seconds === 0
    ? { count: seconds === 0 ? "" : String(parts.count), unit: "years" }
    : { count: String(parts.count), unit: parts.unit };
}

/** The warranty the bond gives to each order registered from now on, in months or years (0 stops it). */
export function WarrantyForm({ shop, bond, tokenName }: { shop: IndexedShop; bond: ShopBond; tokenName: string }) {
  const { t } = useTranslation("merchant");
  const [form, setForm] = useState(() => initialUnit(bond.warrantyPeriodSeconds));
  const [problem, setProblem] = useState<WarrantyProblem>();
  const saving = useTransaction(setWarrantyTransaction);
  return (
    <form
      className="services-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseWarranty(form.count, form.unit);
        setProblem("problem" in parsed ? parsed.problem : undefined);
        if ("seconds" in parsed) {
          saving.open({
            shopId: shop.shopId,
            token: bond.token,
            periodSeconds: parsed.seconds,
            periodText: warrantyText(parsed.seconds, t),
            tokenName,
          });
        }
      }}
    >
      <Field
        label={t("services.bonds.warranty.duration")}
        hint={t("services.bonds.warranty.hint")}
        error={problem === undefined ? undefined : t(`services.problems.${problem}`)}
      >
        <TextInput
          inputMode="numeric"
          value={form.count}
          onChange={(event) => setForm({ ...form, count: event.target.value })}
        />
      </Field>
      <Field label={t("services.bonds.warranty.unit")}>
        <Select
          value={form.unit}
          onChange={(event) => setForm({ ...form, unit: event.target.value as WarrantyUnit })}
          options={[
            { value: "months", label: t("services.bonds.warranty.unitMonths") },
            { value: "years", label: t("services.bonds.warranty.unitYears") },
          ]}
        />
      </Field>
      <Button type="submit">{t("services.bonds.warranty.submit")}</Button>
      <TransactionDialog handle={saving} />
    </form>
  );
}
