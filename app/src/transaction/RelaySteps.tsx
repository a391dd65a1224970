import { useTranslation } from "react-i18next";
import type { Hash } from "viem";
import { Banner } from "../components/ui/Banner.tsx";
import { Spinner } from "../components/ui/Spinner.tsx";
import { TokenAmount } from "../currency/TokenAmount.tsx";
import { type RelayerFailure, relayerName } from "../relaying/index.ts";
import { TransactionReference } from "./TransactionReference.tsx";
import type { RelayView } from "./useTransaction.ts";

/** The review step's line for the relayer: its fee in the order's currency, or why none can send the action. */
export function RelayFee({ relay }: { relay: RelayView }) {
  const { t } = useTranslation();
  if ("notRelayable" in relay.plan) return <p className="muted">{t(`relaying.fee.${relay.plan.notRelayable}`)}</p>;
  const { quote } = relay;
  if (quote.status === "finding") return <Spinner label={t("relaying.fee.finding")} />;
  if (quote.status === "failed")
    return (
      <Banner tone="error" title={t("relaying.fee.noneAnswers")}>
        <RelayFailures failures={quote.failures} />
      </Banner>
    );
  const relayer = relayerName(quote.fee.relayer);
  return (
    <>
      <dl className="tx-review">
        <div className="tx-review__row">
          <dt>{t("relaying.fee.label", { relayer })}</dt>
          <dd>
            {quote.fee.fee === 0n ? (
              t("relaying.fee.sponsored", { relayer })
            ) : (
              <TokenAmount token={quote.fee.token} amount={quote.fee.fee} />
            )}
          </dd>
        </div>
      </dl>
      {quote.failures.length > 0 && <RelayFailures failures={quote.failures} />}
    </>
  );
}

/** "relay.coop.example could not send it: it is busy." for each relayer that failed, in the order tried. */
export function RelayFailures({ failures }: { failures: readonly RelayerFailure[] }) {
  const { t } = useTranslation();
  return (
    <ul className="relay-failures">
      {failures.map((failure) => (
        <li key={`${failure.relayer} ${failure.code} ${failure.message}`}>
          {t("relaying.failure", {
            relayer: relayerName(failure.relayer),
            reason: t(`relaying.codes.${failure.code}`, { defaultValue: t("relaying.codes.Unknown") }),
          })}
        </li>
      ))}
    </ul>
  );
}

/** The relayer has the signed action (queued) or has sent it (submitted, with its hash), and who failed before it. */
export function RelayStep({
  relayer,
  status,
  hash,
  failures,
}: {
  relayer: string;
  status: "queued" | "submitted";
  hash?: Hash;
  failures: readonly RelayerFailure[];
}) {
  const { t } = useTranslation();
  return (
    <div className="tx-status">
      <Spinner label={t(`relaying.progress.${status}`)} />
      <p>{t(`relaying.status.${status}`, { relayer: relayerName(relayer) })}</p>
      {hash !== undefined && <TransactionReference hash={hash} />}
      {failures.length > 0 && <RelayFailures failures={failures} />}
    </div>
  );
}
