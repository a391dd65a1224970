import { lazy, Suspense, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { classNames } from "../../../components/ui/classNames.ts";
import { useFindSearch } from "../hooks/useFindSearch.ts";
import { FindForm } from "./FindForm.tsx";
import type { FindViewPlaces } from "./FindView.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";
import "../../../styles/features/discover.css";

// The shop index (document validation, full-text search) downloads with the page's body, keeping the first visit light.
const loadFindView = () => import("./FindView.tsx");
const FindView = lazy(() => loadFindView().then((module) => ({ default: module.FindView })));

/**
 * `/`: the high street's front door — what you need, where you are, and the shops nearby that have it. The form needs
 * nothing loaded, so it shows at once; the results follow with the shop index. The address keeps the need, the
 * filters and the place (`?q=pain&near=…&at=…`).
 */
export function FindPage() {
  // The body downloads while the page's translations do, not after them (the browser fetches a module once).
  void loadFindView();
  const { t } = useTranslation("shops");
  const { params, place, search, choosePlace, setParams } = useFindSearch();
  // The towns and postcodes a place can be typed as come with the shop index; a name typed before waits for them.
  const [places, setPlaces] = useState<FindViewPlaces>({ directory: undefined, isComplete: false });
  // Through an indexer the shops' addresses are not read, until a typed name needs them (the suggestions are known).
  const [isAddressBookNeeded, setAddressBookNeeded] = useState(false);
  const needAddressBook = useCallback(() => setAddressBookNeeded(true), []);
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
      <FindForm
        need={params.need}
        place={place}
        // Once a name asked for the shops' addresses, the directory without them no longer answers for it.
        directory={isAddressBookNeeded && !places.isComplete ? undefined : places.directory}
        onSearch={search}
        onPlace={choosePlace}
        onUnknownPlace={places.isComplete ? undefined : needAddressBook}
      />
      <Suspense fallback={<ResultsSkeleton />}>
        <FindView
          params={params}
          place={place}
          isAddressBookNeeded={isAddressBookNeeded}
          onParams={setParams}
          onPlaces={setPlaces}
        />
      </Suspense>
    </Page>
  );
}
