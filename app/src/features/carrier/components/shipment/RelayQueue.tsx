import { CHECKPOINTS } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { useNativeCurrency } from "../../../../currency/useNativeCurrency.ts";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useMarketContext } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { useWalletStatus } from "../../../wallet/index.ts";
import { useCheckpointQueue } from "../../hooks/useCheckpointQueue.ts";
import { useGasCheck } from "../../hooks/useGasCheck.ts";
import { useRelayedCheckpoints } from "../../hooks/useRelayedCheckpoints.ts";
import { checkpointQueue } from "../../lib/checkpointQueue.ts";
import { signedCheckpointFromJson, signedCheckpointToJson } from "../../lib/signedCheckpoints.ts";
import relayCheckpointsTransaction from "../../transactions/relayCheckpoints.ts";
import { RelayedCheckpoints } from "./RelayedCheckpoints.tsx";

/**
 * Checkpoints signed on this device and not on the record yet. The app's relayers submit them for free (no account,
 * no gas), with each one's progress; any connected account with the chain's coin can also pass them on itself, and
 * the signed text can be handed to someone who will (and pasted back here by them).
 */
export function RelayQueue({ orderId }: { orderId?: bigint }) {
  const { t } = useTranslation("carrier");
  const { symbol } = useNativeCurrency();
  const { config } = useMarketContext();
  const { address } = useWalletStatus();
  const queue = useCheckpointQueue(orderId);
  const gas = useGasCheck(address);
  const relaying = useTransaction(relayCheckpointsTransaction);
  const relayers = useRelayedCheckpoints();
  const [pasted, setPasted] = useState("");
  const [pasteError, setPasteError] = useState(false);
  const addPasted = () => {
    try {
      checkpointQueue.add(config.chainId, signedCheckpointFromJson(JSON.parse(pasted)));
      setPasted("");
      setPasteError(false);
    } catch {
      setPasteError(true);
    }
  };
  const pasteForm = (
    <details className="relay-queue__paste">
      <summary>{t("relay.pasteTitle")}</summary>
      <Field label={t("relay.pasteLabel")} error={pasteError ? t("relay.pasteError") : undefined}>
        <TextArea rows={3} value={pasted} spellCheck={false} onChange={(event) => setPasted(event.target.value)} />
      </Field>
      <Button size="small" disabled={pasted.trim() === ""} onClick={addPasted}>
        {t("relay.pasteAdd")}
      </Button>
    </details>
  );
  return (
    <>
      {queue.length > 0 ? (
        <Card title={t("relay.title", { count: queue.length })} className="relay-queue">
          <ul className="relay-queue__list">
            {queue.map((entry) => (
              <li key={entry.signature}>
                {t("relay.entry", {
                  checkpoint: t(`checkpoints.${CHECKPOINTS[entry.attestation.checkpoint]}.action`),
                  reference: orderReference(entry.attestation.orderId),
                })}
                <details>
                  <summary>{t("relay.showText")}</summary>
                  <pre className="relay-queue__json">{JSON.stringify(signedCheckpointToJson(entry))}</pre>
                </details>
              </li>
            ))}
          </ul>
          {relayers.hasRelayers && (
            <>
              <p>{t("relay.throughRelayer")}</p>
              <Button variant="primary" isLoading={relayers.isSending} onClick={() => void relayers.send(queue)}>
                {t("relay.relayerButton", { count: queue.length })}
              </Button>
            </>
          )}
          <p>{gas.data === true ? t("relay.canRelay") : t("relay.cannotRelay", { symbol })}</p>
          <Button
            variant={relayers.hasRelayers ? "secondary" : "primary"}
            disabled={gas.data !== true}
            onClick={() => relaying.open({ signed: queue })}
          >
            {t("relay.button", { count: queue.length })}
          </Button>
          {orderId === undefined && pasteForm}
        </Card>
      ) : (
        orderId === undefined && pasteForm
      )}
      <RelayedCheckpoints states={Object.values(relayers.states)} />
      <TransactionDialog handle={relaying} />
    </>
  );
}
