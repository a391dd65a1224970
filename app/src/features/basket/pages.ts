import { lazy } from "react";

// The header imports this feature's index on every page: its page loads when first opened, not on a first visit.

export const BasketPage = lazy(() =>
  import("./components/BasketPage.tsx").then((page) => ({ default: page.BasketPage })),
);
