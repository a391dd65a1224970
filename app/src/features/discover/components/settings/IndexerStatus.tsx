import { useTranslation } from "react-i18next";
import { useIndexerCheck } from "../../indexers/useIndexerCheck.ts";

/** "Answers · up to block 166", "Does not answer"…: the state of one indexer, asked when shown. */
export function IndexerStatus({ url }: { url: string }) {
  const { t } = useTranslation("searchSettings");
  const { data: check } = useIndexerCheck(url);
  if (check === undefined) return <span className="indexer-status">{t("status.checking")}</span>;
  if (!check.isUsable)
    return <span className="indexer-status indexer-status--down">{t(`status.${check.problem}`)}</span>;
  return (
    <span className="indexer-status indexer-status--up">
      {t("status.answers", { block: check.info.block?.number ?? 0 })}
    </span>
  );
}
