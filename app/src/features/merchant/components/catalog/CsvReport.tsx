import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import type { CsvImportReport } from "../../lib/csvFile.ts";

/** What an import did: rows read, items added and updated, and each refused row with its line, column and fix. */
export function CsvReport({ report, onClose }: { report: CsvImportReport; onClose(): void }) {
  const { t } = useTranslation("merchant");
  const hasErrors = report.errors.length > 0;
  return (
    <Banner
      tone={hasErrors ? "warning" : "info"}
      title={t("csv.reportTitle", { file: report.fileName })}
      action={
        <Button size="small" variant="quiet" onClick={onClose}>
          {t("csv.closeReport")}
        </Button>
      }
    >
      <p>{t("csv.reportSummary", { rows: report.rows, added: report.added, updated: report.updated })}</p>
      {hasErrors && (
        <>
          <p>{t("csv.errorsIntro", { count: report.errors.length })}</p>
          <ul className="csv-errors">
            {report.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a line may have several errors; the report never changes
              <li key={`${error.line}-${index}`}>
                <strong>
                  {error.column === undefined
                    ? t("csv.whereLine", { line: error.line })
                    : t("csv.where", {
                        line: error.line,
                        column: error.column,
                        meaning: t(`csv.columns.${error.column}`),
                      })}
                </strong>
                {t("csv.problemSeparator")}
                {t(`csv.errors.${error.code}`, error.values)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Banner>
  );
}
