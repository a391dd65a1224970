import { useTranslation } from "react-i18next";
import { useSearch } from "wouter";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BikeIcon, PadlockIcon, SearchIcon, StoreIcon } from "../../../components/ui/icons.tsx";

const STEPS = [
  { key: "find", icon: <StoreIcon /> },
  { key: "pay", icon: <PadlockIcon /> },
  { key: "receive", icon: <BikeIcon /> },
] as const;

/** `/`: the high street's front door. `?q=` carries what the header search asked for. */
export function FindPage() {
  const { t } = useTranslation("shops");
  const query = new URLSearchParams(useSearch()).get("q")?.trim() ?? "";
  return (
    <Page title={t("find.title")} lead={t("find.lead")}>
      {query !== "" && (
        <section aria-labelledby="find-results" className="section">
          <h2 id="find-results" className="visually-hidden">
            {t("find.resultsHeading")}
          </h2>
          <EmptyState icon={<SearchIcon />} title={t("find.resultsTitle", { query })} headingLevel={3}>
            <p>{t("find.resultsText")}</p>
          </EmptyState>
        </section>
      )}
      <section aria-labelledby="how-it-works" className="section">
        <h2 id="how-it-works" className="section__title">
          {t("find.howTitle")}
        </h2>
        <ol className="steps-grid">
          {STEPS.map(({ key, icon }) => (
            <li key={key}>
              <Card as="div" title={<>{icon} {t(`find.how.${key}.title`)}</>} headingLevel={3}>
                <p>{t(`find.how.${key}.text`)}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
