import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { SearchIcon } from "../../../components/ui/icons.tsx";
import type { Place } from "../../../place/types.ts";
import type { FindParams } from "../results/findParams.ts";

/** Nothing found, said plainly, with the next step: drop the filters, or try other words. */
export function NoResults({
  params,
  place,
  onParams,
}: {
  params: FindParams;
  place: Place | undefined;
  onParams(params: FindParams): void;
}) {
  const { t } = useTranslation("shops");
  const hasFilters = params.category !== undefined || params.label !== undefined || params.fulfilment !== undefined;
  const title =
    params.need !== ""
      ? t("results.noneFor", { need: params.need })
      : place === undefined
        ? t("results.noneAtAll")
        : t("results.noneNear", { place: place.label });
  return (
    <EmptyState
      icon={<SearchIcon />}
      title={title}
      headingLevel={3}
      action={
        hasFilters ? <Button onClick={() => onParams({ need: params.need })}>{t("filters.clear")}</Button> : undefined
      }
    >
      <p>{t(hasFilters ? "results.noneWithFilters" : "results.noneHelp")}</p>
    </EmptyState>
  );
}
