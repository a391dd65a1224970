import { useTranslation } from "react-i18next";

/** Grey result cards while the shop index loads, announced once to screen readers. */
export function ResultsSkeleton() {
  const { t } = useTranslation("shops");
  return (
    <div className="results-skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        {t("find.loading")}
      </p>
      <ul className="results-skeleton__list" aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <li key={index} className="results-skeleton__card">
            <div className="results-skeleton__line results-skeleton__line--title" />
            <div className="results-skeleton__line" />
            <div className="results-skeleton__line results-skeleton__line--short" />
          </li>
        ))}
      </ul>
    </div>
  );
}
