import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { FoundThrough } from "../hooks/useFindResults.ts";
import { indexerName } from "../indexers/indexerName.ts";

/**
 * Where the results come from, in one line: the indexer that proposed them (checked by this browser) and how many of
 * its proposals the chain contradicted, or this browser reading every shop and why; a link to choose another.
 * Says nothing when no indexer is configured and none was chosen: the browser reading the shops is then the only way.
 */
export function SearchSourceNote({ through }: { through: FoundThrough }) {
  const { t } = useTranslation("shops");
  if (through.kind === "browser" && through.reason === "none-configured") return null;
  const text =
    through.kind === "indexer"
      ? t("source.indexer", { indexer: indexerName(through.url) })
      : through.reason === "indexer-failed"
        ? t("source.indexerFailed", { indexer: indexerName(through.url) })
        : t(through.reason === "chosen" ? "source.browserChosen" : "source.noneAnswered");
  return (
    <div className="find-source">
      <p className="find-source__text" data-source={through.kind}>
        {text}{" "}
        <Link href="/settings" className="find-source__change">
          {t("source.change")}
        </Link>
      </p>
      {through.kind === "indexer" && through.discrepancies > 0 && (
        <p className="find-source__warning" role="status">
          {t("source.discrepancies", { count: through.discrepancies })}
        </p>
      )}
    </div>
  );
}
