import { CHECKPOINTS } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { relayerName } from "../../../../relaying/index.ts";
import { RelayFailures, TransactionReference } from "../../../../transaction/index.ts";
import type { RelayedCheckpointState } from "../../hooks/useRelayedCheckpoints.ts";

/** Each checkpoint handed to the relayers on this visit: queued, sent (with its reference), recorded, or why not. */
export function RelayedCheckpoints({ states }: { states: readonly RelayedCheckpointState[] }) {
  const { t } = useTranslation("carrier");
  if (states.length === 0) return null;
  return (
    <Card title={t("relay.sentTitle")} className="relay-queue">
      <ul className="relay-queue__list" aria-live="polite">
        {states.map((state) => (
          <li key={state.signed.signature}>
            <p>
              {t("relay.entry", {
                checkpoint: t(`checkpoints.${CHECKPOINTS[state.signed.attestation.checkpoint]}.action`),
                reference: orderReference(state.signed.attestation.orderId),
              })}
              {" — "}
              {state.status === "failed"
                ? t("relay.status.failed")
                : t(`relay.status.${state.status}`, { relayer: relayerName(state.relayer) })}
            </p>
            {"hash" in state && state.hash !== undefined && <TransactionReference hash={state.hash} />}
            {state.failures.length > 0 && <RelayFailures failures={state.failures} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
