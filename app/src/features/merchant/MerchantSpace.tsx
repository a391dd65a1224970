import { lazy, Suspense } from "react";
import { PageLoading } from "../../components/layout/PageLoading.tsx";

const LazyMerchantRoutes = lazy(() =>
  import("./MerchantRoutes.tsx").then((module) => ({ default: module.MerchantRoutes })),
);

/**
 * The merchant's pages, loaded on first visit. Kept apart from the feature's entry so the carrier space can use
 * the shared delivery helpers without downloading the merchant's pages.
 */
export function MerchantSpace() {
  return (
    <Suspense fallback={<PageLoading />}>
      <LazyMerchantRoutes />
    </Suspense>
  );
}
