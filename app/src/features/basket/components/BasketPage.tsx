import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { PageLoading } from "../../../components/layout/PageLoading.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { useBasket } from "../hooks/useBasket.ts";

// The priced basket reads catalogs and carriers: it loads when the basket has something, not on the first visit.
const BasketContents = lazy(() =>
  import("./BasketContents.tsx").then((module) => ({ default: module.BasketContents })),
);

/** `/basket`: what is in the basket, shop by shop, how each order reaches you, and the way to checkout. */
export function BasketPage() {
  const { t } = useTranslation("orders");
  const basket = useBasket();
  if (basket.lines.length === 0) {
    return (
      <Page title={t("basket.title")} width="narrow">
        <EmptyState
          icon={<BasketIcon />}
          title={t("basket.emptyTitle")}
          action={
            <LinkButton href="~/" variant="primary">
              {t("basket.findShops")}
            </LinkButton>
          }
        >
          <p>{t("basket.emptyText")}</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={t("basket.title")} lead={t("basket.lead", { count: basket.itemCount })} width="narrow">
      <Suspense fallback={<PageLoading />}>
        <BasketContents />
      </Suspense>
    </Page>
  );
}
