import type { SearchFulfilment } from "@grandrue/sdk";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { Select } from "../../../components/ui/Select.tsx";
import { CertifiedLabelSelect } from "../../services-shopper/index.ts";
import { tagLabel } from "../../shops/index.ts";
import type { FindParams } from "../results/findParams.ts";
import type { Facets } from "../results/findResults.ts";

export type ResultFiltersProps = {
  facets: Facets;
  params: FindParams;
  onParams(params: FindParams): void;
  /** Shown beside the phones' filter button (the list or distance view switch), saving a row. */
  aside?: ReactNode;
};

/** Narrow the results by category, label, and pickup or delivery (the search engine's own filters). */
export function ResultFilters({ facets, params, onParams, aside }: ResultFiltersProps) {
  const { t } = useTranslation("shops");
  const options = (kind: "category" | "label", slugs: readonly string[]) =>
    slugs
      .map((slug) => ({ value: slug, label: tagLabel(kind, slug, t) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  const set = (change: Partial<FindParams>) => {
    const next = { ...params, ...change };
    onParams({
      need: next.need,
      ...(next.category && { category: next.category }),
      ...(next.label && { label: next.label }),
      ...(next.certified && { certified: next.certified }),
      ...(next.fulfilment && { fulfilment: next.fulfilment }),
    });
  };
  const activeCount = [params.category, params.label, params.certified, params.fulfilment].filter(
    (value) => value !== undefined,
  ).length;
  const hasFilters = activeCount > 0;
  const fieldsId = useId();
  // Phones fold the filters behind one button, so that the first shop shows without scrolling; wide screens show them.
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="result-filters" data-open={isOpen || hasFilters}>
      <div className="result-filters__bar">
        <Button
          size="small"
          className="result-filters__toggle"
          aria-expanded={isOpen || hasFilters}
          aria-controls={fieldsId}
          onClick={() => setOpen((open) => !open)}
        >
          {hasFilters ? t("filters.toggleActive", { count: activeCount }) : t("filters.toggle")}
        </Button>
        {aside}
      </div>
      <fieldset className="result-filters__fields" id={fieldsId}>
        <legend className="visually-hidden">{t("filters.legend")}</legend>
        <Field label={t("filters.category")}>
          <Select
            value={params.category ?? ""}
            placeholder={t("filters.anyCategory")}
            options={options("category", facets.categories)}
            onChange={(event) => set({ category: event.target.value || undefined })}
          />
        </Field>
        <Field label={t("filters.label")}>
          <Select
            value={params.label ?? ""}
            placeholder={t("filters.anyLabel")}
            options={options("label", facets.labels)}
            onChange={(event) => set({ label: event.target.value || undefined })}
          />
        </Field>
        <CertifiedLabelSelect value={params.certified} onChange={(certified) => set({ certified })} />
        <Field label={t("filters.fulfilment")}>
          <Select
            value={params.fulfilment ?? ""}
            placeholder={t("filters.anyFulfilment")}
            options={[
              { value: "pickup", label: t("fulfilment.pickup") },
              { value: "delivery", label: t("fulfilment.delivery") },
            ]}
            onChange={(event) => set({ fulfilment: (event.target.value || undefined) as SearchFulfilment | undefined })}
          />
        </Field>
        {hasFilters && (
          <Button
            variant="quiet"
            size="small"
            onClick={() => onParams({ need: params.need })}
            className="result-filters__clear"
          >
            {t("filters.clear")}
          </Button>
        )}
      </fieldset>
    </div>
  );
}
