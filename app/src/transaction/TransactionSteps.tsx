import type { ParsedMarketError } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import type { Hash } from "viem";
import { Banner } from "../components/ui/Banner.tsx";
import { CheckIcon } from "../components/ui/icons.tsx";
import { Spinner } from "../components/ui/Spinner.tsx";
import { ConnectWalletButton, SwitchNetworkButton } from "../features/wallet/index.ts";
import { useMarketContext } from "../market/MarketContext.tsx";
import { errorMessage } from "./errorMessage.ts";
import type { TransactionState } from "./transactionState.ts";
import type { DisplayItem } from "./types.ts";
import type { TransactionGuard } from "./useTransactionGuard.ts";

const PROGRESS = ["review", "wallet", "pending", "done"] as const;

/** "1 Check · 2 Sign · 3 Record · 4 Done", the current one marked for assistive technology too. */
export function TransactionProgress({ state }: { state: TransactionState }) {
  const { t } = useTranslation();
  const current = state.step === "error" ? -1 : PROGRESS.indexOf(state.step as (typeof PROGRESS)[number]);
  return (
    <ol className="tx-progress">
      {PROGRESS.map((step, index) => (
        <li
          key={step}
          className={index < current ? "is-complete" : undefined}
          aria-current={index === current ? "step" : undefined}
        >
          {t(`transaction.progress.${step}`)}
        </li>
      ))}
    </ol>
  );
}

export function ReviewStep({ items, guard }: { items: DisplayItem[]; guard: TransactionGuard | undefined }) {
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
  const { chain } = useMarketContext();
  const explorer = chain.blockExplorers?.default.url;
  return (
    <div className="tx-status">
      <Spinner label={t("transaction.pending.title")} />
      <p>{t("transaction.pending.text")}</p>
      <p className="tx-status__reference">
        {t("transaction.reference")} <code title={hash}>{`${hash.slice(0, 10)}…${hash.slice(-6)}`}</code>
        {explorer !== undefined && (
          <a href={`${explorer.replace(/\/+$/, "")}/tx/${hash}`} target="_blank" rel="noreferrer noopener">
            {t("transaction.pending.explorer")}
          </a>
        )}
      </p>
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

export function ErrorStep({ error }: { error: ParsedMarketError }) {
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
