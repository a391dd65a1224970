import { useTranslation } from "react-i18next";
import { useIndexerCheck } from "../../indexers/useIndexerCheck.ts";

/** "Answers · up to block 166", "Does not answer"…: the state of one indexer, asked when shown. */
export function IndexerStatus({ url }: { url: string }) {
  const { t } = useTranslation("shops");
  const { data: check } = useIndexerCheck(url);
  if (check === undefined) return <span className="indexer-status">{t("indexerSettings.status.checking")}</span>;
  if (!check.isUsable)
    return <span className="indexer-status indexer-status--down">{t(`indexerSettings.status.${check.problem}`)}</span>;
  return (
    <span className="indexer-status indexer-status--up">
      {t("indexerSettings.status.answers", { block: check.info.block?.number ?? 0 })}
    </span>
  );
}
