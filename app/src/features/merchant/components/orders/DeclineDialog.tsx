import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Dialog } from "../../../../components/ui/Dialog.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";

/** The escrow keeps a decline reason of at most 280 bytes of UTF-8. */
const MAX_REASON_BYTES = 280;

export type DeclineDialogProps = {
  isOpen: boolean;
  onClose(): void;
  onDecline(reason: string): void;
  suggestedReason: string;
};

/** Why the shop declines: the customer reads it with the refund. */
export function DeclineDialog({ isOpen, onClose, onDecline, suggestedReason }: DeclineDialogProps) {
  const { t } = useTranslation("merchant");
  const [reason, setReason] = useState(suggestedReason);
  const bytes = new TextEncoder().encode(reason.trim()).length;
  const isTooLong = bytes > MAX_REASON_BYTES;
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      title={t("orders.decline.dialogTitle")}
      description={t("orders.decline.dialogText")}
      footer={
        <>
          <Button variant="quiet" onClick={onClose}>
            {t("orders.decline.keep")}
          </Button>
          <Button variant="danger" disabled={isTooLong} onClick={() => onDecline(reason.trim())}>
            {t("orders.decline.confirm")}
          </Button>
        </>
      }
    >
      <Field
        label={t("orders.decline.reasonLabel")}
        hint={t("orders.decline.reasonHint", { left: Math.max(0, MAX_REASON_BYTES - bytes) })}
        error={isTooLong ? t("orders.decline.tooLong") : undefined}
      >
        <TextArea rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
    </Dialog>
  );
}
