import { useTranslation } from "react-i18next";
import type { Hash } from "viem";
import { Banner } from "../components/ui/Banner.tsx";
import { CheckIcon } from "../components/ui/icons.tsx";
import { Spinner } from "../components/ui/Spinner.tsx";
import { ConnectWalletButton, SwitchNetworkButton } from "../features/wallet/index.ts";
import { relayerName } from "../relaying/index.ts";
import { errorMessage } from "./errorMessage.ts";
import { RelayFee } from "./RelaySteps.tsx";
import { TransactionReference } from "./TransactionReference.tsx";
import type { ActionError, TransactionState } from "./transactionState.ts";
import type { DisplayItem } from "./types.ts";
import type { RelayView } from "./useTransaction.ts";
import type { TransactionGuard } from "./useTransactionGuard.ts";

const PROGRESS = ["review", "wallet", "pending", "done"] as const;
const RELAYED_PROGRESS = ["review", "wallet", "queued", "submitted", "done"] as const;

function stepKey(step: string): string {
  return step === "queued" || step === "submitted" ? `relaying.progress.${step}` : `transaction.progress.${step}`;
}

/**
 * "1 Check · 2 Sign · 3 Record · 4 Done" — through a relayer "1 Check · 2 Sign · 3 Queued · 4 Sent · 5 Done" — the
 * current one marked for assistive technology too.
 */
export function TransactionProgress({ state, isRelayed }: { state: TransactionState; isRelayed: boolean }) {
  const { t } = useTranslation();
  const steps: readonly string[] = isRelayed ? RELAYED_PROGRESS : PROGRESS;
  const current = state.step === "error" ? -1 : steps.indexOf(state.step === "relay" ? state.status : state.step);
  return (
    <ol className="tx-progress">
      {steps.map((step, index) => (
        <li
          key={step}
          className={index < current ? "is-complete" : undefined}
          aria-current={index === current ? "step" : undefined}
        >
          {t(stepKey(step))}
        </li>
      ))}
    </ol>
  );
}

export function ReviewStep({
  items,
  guard,
  relay,
  paymaster,
}: {
  items: DisplayItem[];
  guard: TransactionGuard | undefined;
  relay: RelayView | undefined;
  /** The paymaster service the wallet has pay the network fee (EIP-5792 + ERC-7677). */
  paymaster: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="tx-review">
        {items.map((item) => (
          <div key={item.label} className="tx-review__row">
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      {relay !== undefined && <RelayFee relay={relay} />}
      {paymaster !== undefined && (
        <p className="muted">{t("relaying.paymaster", { paymaster: relayerName(paymaster) })}</p>
      )}
      {guard?.kind === "connect" && (
        <Banner tone="warning" title={t("transaction.guards.connect")} action={<ConnectWalletButton size="small" />}>
          <p>{t("transaction.guards.connectText")}</p>
        </Banner>
      )}
      {guard?.kind === "switch" && (
        <Banner
          tone="warning"
          title={t("transaction.guards.switch", { chain: guard.chainName })}
          action={<SwitchNetworkButton size="small" />}
        >
          <p>{t("transaction.guards.switchText", { chain: guard.chainName })}</p>
        </Banner>
      )}
    </>
  );
}

export function WalletStep() {
  const { t } = useTranslation();
  return (
    <div className="tx-status">
      <Spinner label={t("transaction.wallet.title")} />
      <p>{t("transaction.wallet.text")}</p>
    </div>
  );
}

export function PendingStep({ hash }: { hash: Hash }) {
  const { t } = useTranslation();
  return (
    <div className="tx-status">
      <Spinner label={t("transaction.pending.title")} />
      <p>{t("transaction.pending.text")}</p>
      <TransactionReference hash={hash} />
    </div>
  );
}

export function DoneStep({ message }: { message: string }) {
  return (
    <div className="tx-status tx-status--done" role="status">
      <CheckIcon className="tx-status__check" />
      <p>{message}</p>
    </div>
  );
}

export function ErrorStep({ error }: { error: ActionError }) {
  const { t, i18n } = useTranslation(["common", "errors"]);
  return (
    <>
      <Banner tone="error" title={t("transaction.error.title")}>
        <p>{errorMessage(error, t, i18n.language)}</p>
      </Banner>
      {error.name !== "UserRejected" && error.message !== "" && (
        <details className="tx-details">
          <summary>{t("transaction.error.details")}</summary>
          <pre>{error.message}</pre>
        </details>
      )}
    </>
  );
}
