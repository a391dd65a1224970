import {
  decodeRedemptionCode,
  type IndexedShop,
  InvalidRedemptionCodeError,
  type LoyaltyProgram,
  type SignedRedemption,
} from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import redeemTransaction from "../transactions/redeemReward.ts";
import { RedemptionReview } from "./RedemptionReview.tsx";

/** At the counter: the shopkeeper pastes the code the customer shows, checks what it is, and hands the reward over. */
export function RedeemAtCounter({ shop, program }: { shop: IndexedShop; program: LoyaltyProgram }) {
  const { t } = useTranslation("merchant");
  const [code, setCode] = useState("");
  const [isInvalid, setInvalid] = useState(false);
  const [signed, setSigned] = useState<SignedRedemption>();
  const redeeming = useTransaction(redeemTransaction, {
    onSuccess: () => {
      setCode("");
      setSigned(undefined);
    },
  });
  return (
    <Card title={t("services.redeem.title")}>
      <p>{t("services.redeem.intro")}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          try {
            setSigned(decodeRedemptionCode(code));
            setInvalid(false);
          } catch (error) {
            if (!(error instanceof InvalidRedemptionCodeError)) throw error;
            setSigned(undefined);
            setInvalid(true);
          }
        }}
      >
        <Field
          label={t("services.redeem.code")}
          hint={t("services.redeem.codeHint")}
          error={isInvalid ? t("services.redeem.invalidCode") : undefined}
        >
          <TextArea
            rows={3}
            spellCheck={false}
            autoComplete="off"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </Field>
        <Button type="submit">{t("services.redeem.check")}</Button>
      </form>
      {signed !== undefined && (
        <RedemptionReview
          key={signed.signature}
          shop={shop}
          program={program}
          signed={signed}
          onRedeem={redeeming.open}
        />
      )}
      <TransactionDialog handle={redeeming} />
    </Card>
  );
}
