import type { IndexedShop } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getAddress, isAddress } from "viem";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";
import transferShopTransaction from "../../transactions/transferShop.ts";

/** Handing the shop to a new owner, like selling the business, with what it means said plainly first. */
export function TransferSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const [to, setTo] = useState("");
  const [isUnderstood, setUnderstood] = useState(false);
  const [isInvalid, setInvalid] = useState(false);
  const transfer = useTransaction(transferShopTransaction);
  const name = shop.metadata?.name ?? String(shop.shopId);
  return (
    <Card title={t("settings.transfer.title")} className="settings__danger">
      <Banner tone="warning" title={t("settings.transfer.warningTitle")}>
        <p>{t("settings.transfer.warning", { name })}</p>
      </Banner>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const isValid = isAddress(to.trim(), { strict: false });
          setInvalid(!isValid);
          if (isValid && isUnderstood) transfer.open({ shopId: shop.shopId, to: getAddress(to.trim()), name });
        }}
      >
        <Field label={t("settings.transfer.to")} error={isInvalid ? t("form.errors.address") : undefined}>
          <TextInput value={to} spellCheck={false} placeholder="0x…" onChange={(event) => setTo(event.target.value)} />
        </Field>
        <Checkbox
          label={t("settings.transfer.understand", { name })}
          checked={isUnderstood}
          onChange={(event) => setUnderstood(event.target.checked)}
        />
        <Button type="submit" variant="danger" disabled={!isUnderstood || to.trim() === ""}>
          {t("settings.transfer.button")}
        </Button>
      </form>
      <TransactionDialog handle={transfer} />
    </Card>
  );
}
