import { lazy } from "react";

// This feature's other pages load when first shown: the app imports the find page on the first visit, so a page
// exported as it is would load with it.

/** How the find page searches: which indexer it asks (`/settings`). */
export const SearchSettingsPage = lazy(() =>
  import("./components/settings/SearchSettingsPage.tsx").then((page) => ({ default: page.SearchSettingsPage })),
);
