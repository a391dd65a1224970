import { lazy } from "react";

// This feature's pages load when first shown: the find page imports the feature's label pieces, so a page exported
// as it is would load with the find page.

/** The buyer's stamp cards across shops (`/cards`). */
export const StampCardsPage = lazy(() =>
  import("./loyalty/StampCardsPage.tsx").then((page) => ({ default: page.StampCardsPage })),
);

/** Which label issuers the shopper trusts (`/labels`). */
export const LabelIssuersPage = lazy(() =>
  import("./labels/LabelIssuersPage.tsx").then((page) => ({ default: page.LabelIssuersPage })),
);
