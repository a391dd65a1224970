import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getAddress, isAddress } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { usePersonName } from "../../../wallet/index.ts";
import updatePayoutTransaction from "../../transactions/updatePayout.ts";

/** The account the shop's money goes to, for future orders. */
export function PayoutSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const currentName = usePersonName(shop.payout);
  const [payout, setPayout] = useState("");
  const [isInvalid, setInvalid] = useState(false);
  const saving = useTransaction(updatePayoutTransaction);
  return (
    <Card title={t("settings.payout.title")}>
      <p>{t("settings.payout.current", { name: currentName })}</p>
      <p className="muted">{t("settings.payout.text")}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const isValid = isAddress(payout.trim(), { strict: false });
          setInvalid(!isValid);
          if (isValid) saving.open({ shopId: shop.shopId, payout: getAddress(payout.trim()) });
        }}
      >
        <Field label={t("settings.payout.address")} error={isInvalid ? t("form.errors.address") : undefined}>
          <TextInput
            value={payout}
            spellCheck={false}
            placeholder="0x…"
            onChange={(event) => setPayout(event.target.value)}
          />
        </Field>
        <Button type="submit">{t("settings.payout.save")}</Button>
      </form>
      <TransactionDialog handle={saving} />
    </Card>
  );
}
