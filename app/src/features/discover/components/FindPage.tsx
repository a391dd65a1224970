import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { classNames } from "../../../components/ui/classNames.ts";
import { useFindSearch } from "../hooks/useFindSearch.ts";
import type { PlaceDirectory } from "../place/placeDirectory.ts";
import { FindForm } from "./FindForm.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";
import "../../../styles/features/discover.css";

// The shop index (document validation, full-text search) downloads with the results, keeping the first visit light.
const FindView = lazy(() => import("./FindView.tsx").then((module) => ({ default: module.FindView })));

/**
 * `/`: the high street's front door — what you need, where you are, and the shops nearby that have it. The form needs
 * nothing loaded, so it shows at once; the results follow with the shop index. The address keeps the need, the
 * filters and the place (`?q=pain&near=…&at=…`).
 */
export function FindPage() {
  const { t } = useTranslation("shops");
  const { params, place, search, choosePlace, setParams } = useFindSearch();
  // The towns and postcodes a place can be typed as come with the shop index; a name typed before waits for them.
  const [directory, setDirectory] = useState<PlaceDirectory>();
  return (
    <Page
      title={t("find.title")}
      lead={t("find.lead")}
      className={classNames(
        "find-page",
        (params.need !== "" || place !== undefined) && "find-page--searching",
        place !== undefined && "find-page--placed",
      )}
    >
      <FindForm need={params.need} place={place} directory={directory} onSearch={search} onPlace={choosePlace} />
      <Suspense fallback={<ResultsSkeleton />}>
        <FindView params={params} place={place} onParams={setParams} onDirectory={setDirectory} />
      </Suspense>
    </Page>
  );
}
