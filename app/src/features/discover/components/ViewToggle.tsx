import { useTranslation } from "react-i18next";

/** The two ways to see the results on a phone: the list, or where the shops are around the place. */
export type ResultsView = "list" | "map";

/** Switches between the list and the distance view on narrow screens (wide screens show both side by side). */
export function ViewToggle({ view, onChange }: { view: ResultsView; onChange(view: ResultsView): void }) {
  const { t } = useTranslation("shops");
  return (
    <div className="view-toggle" role="group" aria-label={t("results.viewLabel")}>
      {(["list", "map"] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="view-toggle__option"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {t(`results.view.${option}`)}
        </button>
      ))}
    </div>
  );
}
