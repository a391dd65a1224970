import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Card } from "../../../../components/ui/Card.tsx";
import { Checkbox } from "../../shared/Checkbox.tsx";
import { CarrierChoice } from "./CarrierChoice.tsx";

export type DeliveryFieldsProps = {
  pickup: boolean;
  ownDelivery: boolean;
  onFulfilment(patch: { pickup?: boolean; ownDelivery?: boolean }): void;
  /** Omitted where carriers are edited elsewhere (the shop's settings). */
  carriers?: { value: readonly Address[]; onChange(carriers: Address[]): void };
  /** Set when the shop offers no way at all to get its goods. */
  error?: string;
};

/** How customers get their order: at the counter, the shop's own round, or the carriers it works with. */
export function DeliveryFields({ pickup, ownDelivery, onFulfilment, carriers, error }: DeliveryFieldsProps) {
  const { t } = useTranslation("merchant");
  return (
    <Card title={t("form.delivery.title")}>
      <div className="stack">
        <Checkbox
          label={t("form.delivery.pickup")}
          hint={t("form.delivery.pickupHint")}
          checked={pickup}
          onChange={(event) => onFulfilment({ pickup: event.target.checked })}
        />
        <Checkbox
          label={t("form.delivery.ownDelivery")}
          hint={t("form.delivery.ownDeliveryHint")}
          checked={ownDelivery}
          onChange={(event) => onFulfilment({ ownDelivery: event.target.checked })}
        />
        {carriers !== undefined && <CarrierChoice value={carriers.value} onChange={carriers.onChange} />}
        {error !== undefined && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Card>
  );
}
