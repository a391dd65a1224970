import { cidOfDigest, type OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useNativeCurrency } from "../../../../currency/useNativeCurrency.ts";
import { formatPrice } from "../../../../lib/format.ts";
import { useChainNow, useDocument } from "../../../../market/index.ts";
import { errorMessage, TransactionDialog } from "../../../../transaction/index.ts";
import { DeliveryCodeForm } from "../../../merchant/index.ts";
import { useWalletStatus } from "../../../wallet/index.ts";
import { useRecordCheckpoint } from "../../hooks/useRecordCheckpoint.ts";
import { checkpointChoices } from "../../lib/checkpointChoices.ts";
import { CheckpointButtons } from "./CheckpointButtons.tsx";

/**
 * What the courier can record now, as big buttons, and the customer's code at the door; says in plain words whether
 * each step goes on the record at once (the account pays the network fee) or is signed for someone to relay.
 */
export function CheckpointPanel({ order }: { order: OrderDetails }) {
  const { t, i18n } = useTranslation(["carrier", "errors"]);
  const { symbol } = useNativeCurrency();
  const { address } = useWalletStatus();
  const now = useChainNow();
  const items = useDocument("order-items", cidOfDigest(order.itemsDigest));
  const feeText =
    items.data === undefined ? undefined : formatPrice(items.data.deliveryFee, items.data.priceUnit, i18n.language);
  const recorder = useRecordCheckpoint(order, feeText);
  if (now === undefined) return <Spinner label={t("shipment.loading")} />;
  const choices = checkpointChoices(order.state, order.terms, address, now);
  return (
    <section className="checkpoint-panel" aria-labelledby="checkpoint-panel-title">
      <h2 id="checkpoint-panel-title" className="checkpoint-panel__status">
        {t(`shipment.status.${order.state.status}`, { defaultValue: t("shipment.status.other") })}
      </h2>
      {order.state.isFeePaid && feeText !== undefined && (
        <Banner title={t("fee.paidTitle")}>
          <p>{t("fee.paidText", { fee: feeText })}</p>
        </Banner>
      )}
      {(choices.checkpoints.length > 0 || choices.canDeliver) && (
        <p className="checkpoint-panel__mode">
          {recorder.mode === "direct" ? t("mode.direct") : t("mode.sign", { symbol })}
        </p>
      )}
      <CheckpointButtons
        checkpoints={choices.checkpoints}
        busy={recorder.signing}
        onRecord={(checkpoint) => void recorder.record(checkpoint)}
      />
      {choices.canDeliver && (
        <div className="checkpoint-panel__door">
          <h3>{t("shipment.doorTitle")}</h3>
          <DeliveryCodeForm
            codeHash={order.terms.codeHash}
            submitLabel={t("shipment.deliver")}
            isBusy={recorder.signing === "Delivered"}
            onDeliveryProof={(deliveryProof) => void recorder.record("Delivered", deliveryProof)}
          />
        </div>
      )}
      {recorder.lastSigned !== undefined && (
        <Banner title={t("shipment.signedTitle", { checkpoint: t(`checkpoints.${recorder.lastSigned}.action`) })}>
          <p>{t("shipment.signedText", { symbol })}</p>
        </Banner>
      )}
      {recorder.signError !== undefined && (
        <Banner tone="error" title={t("shipment.signFailed")}>
          <p>{errorMessage(recorder.signError, t, i18n.language)}</p>
        </Banner>
      )}
      <TransactionDialog handle={recorder.attestation} />
    </section>
  );
}
