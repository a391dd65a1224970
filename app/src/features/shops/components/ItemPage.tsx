import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { ShopSkeleton } from "./ShopSkeleton.tsx";
import { WrongLinkPage } from "./WrongLinkPage.tsx";
import "../../../styles/features/shops.css";

// The shop index downloads with the page's body, keeping the first visit light.
const ItemView = lazy(() => import("./ItemView.tsx").then((module) => ({ default: module.ItemView })));

/** `/shops/:shopId/items/:itemId`: one product, its photos, price, variants and how to get it. */
export function ItemPage() {
  const { t } = useTranslation("shopPage");
  const { shopId, itemId } = useParams<{ shopId: string; itemId: string }>();
  const id = parseIdParam(shopId);
  if (id === undefined || itemId === undefined || itemId === "") return <WrongLinkPage />;
  return (
    <Suspense fallback={<ShopSkeleton title={t("item.loadingTitle")} />}>
      <ItemView shopId={id} itemId={itemId} />
    </Suspense>
  );
}
