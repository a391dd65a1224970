import { CATALOG_SCHEMA_ID, type CatalogItem } from "@grandrue/sdk";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { type CsvImportReport, catalogCsvTemplate, exportCatalogCsv, importCatalogCsv } from "../../lib/csvFile.ts";
import { toSlug } from "../../lib/slugs.ts";
import { CsvReport } from "./CsvReport.tsx";

export type CsvToolsProps = {
  shopName: string;
  priceUnit: string;
  items: CatalogItem[];
  onItems(items: CatalogItem[]): void;
};

/** Import a spreadsheet into the draft (refused rows listed with their lines) and export the draft as one. */
export function CsvTools({ shopName, priceUnit, items, onItems }: CsvToolsProps) {
  const { t, i18n } = useTranslation("merchant");
  const inputId = useId();
  const [report, setReport] = useState<CsvImportReport>();
  const [problem, setProblem] = useState<string>();
  const importFile = async (file: File) => {
    setProblem(undefined);
    if (file.size > 1024 * 1024) {
      setProblem(t("csv.tooLarge"));
      return;
    }
    const result = await importCatalogCsv(await file.text(), file.name, items, priceUnit);
    onItems(result.items);
    setReport(result.report);
  };
  const exportFile = async () => {
    const updatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const blob = await exportCatalogCsv({ schema: CATALOG_SCHEMA_ID, priceUnit, updatedAt, items }, i18n.language);
    download(blob, `${toSlug(shopName) || "catalogue"}-${t("csv.fileSuffix")}.csv`);
  };
  const downloadTemplate = async () => {
    const examples = (["first", "second"] as const).map((row) => ({
      id: t(`csv.example.${row}.id`),
      title: t(`csv.example.${row}.title`),
      description: t(`csv.example.${row}.description`),
      category: t(`csv.example.${row}.category`),
      label: t(`csv.example.${row}.label`),
      unit: t(`csv.example.${row}.unit`),
    }));
    download(await catalogCsvTemplate(examples, priceUnit, i18n.language), `${t("csv.templateSuffix")}-catalogue.csv`);
  };
  return (
    <div className="csv-tools">
      <div className="csv-tools__buttons">
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file !== undefined) void importFile(file);
          }}
        />
        <label className="button button--secondary button--medium" htmlFor={inputId}>
          <span>{t("csv.import")}</span>
        </label>
        <Button variant="quiet" onClick={() => void exportFile()} disabled={items.length === 0}>
          {t("csv.export")}
        </Button>
        <Button variant="quiet" onClick={() => void downloadTemplate()}>
          {t("csv.template")}
        </Button>
      </div>
      <p className="field__hint">{t("csv.hint")}</p>
      {problem !== undefined && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {report !== undefined && <CsvReport report={report} onClose={() => setReport(undefined)} />}
    </div>
  );
}

/** Hands a file to the browser to save, as a download link would. */
function download(blob: Blob, fileName: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
