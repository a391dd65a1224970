import { useTranslation } from "react-i18next";
import type { Hash } from "viem";
import { useMarketContext } from "../market/MarketContext.tsx";

/** "Reference: 0x5c504ed4…b22060", with a link to the configured explorer. */
export function TransactionReference({ hash }: { hash: Hash }) {
  const { t } = useTranslation();
  const { chain } = useMarketContext();
  const explorer = chain.blockExplorers?.default.url;
  return (
    <p className="tx-status__reference">
      {t("transaction.reference")} <code title={hash}>{`${hash.slice(0, 10)}…${hash.slice(-6)}`}</code>
      {explorer !== undefined && (
        <a href={`${explorer.replace(/\/+$/, "")}/tx/${hash}`} target="_blank" rel="noreferrer noopener">
          {t("transaction.pending.explorer")}
        </a>
      )}
    </p>
  );
}
