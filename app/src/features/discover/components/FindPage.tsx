import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";
import "../../../styles/features/discover.css";

// The shop index (document validation, full-text search) downloads with the page's body, keeping the first visit light.
const loadFindView = () => import("./FindView.tsx");
const FindView = lazy(() => loadFindView().then((module) => ({ default: module.FindView })));

/** `/`: the high street's front door — what you need, where you are, and the shops nearby that have it. `?q=` is the need. */
export function FindPage() {
  // The body downloads while the page's translations do, not after them (the browser fetches a module once).
  void loadFindView();
  const { t } = useTranslation("shops");
  return (
    <Page title={t("find.title")} lead={t("find.lead")}>
      <Suspense fallback={<ResultsSkeleton />}>
        <FindView />
      </Suspense>
    </Page>
  );
}
