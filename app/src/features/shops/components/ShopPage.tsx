import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { ShopSkeleton } from "./ShopSkeleton.tsx";
import { WrongLinkPage } from "./WrongLinkPage.tsx";
import "../../../styles/features/shops.css";

// The shop index (validation, search) downloads with the page's body, keeping the first visit light.
const ShopView = lazy(() => import("./ShopView.tsx").then((module) => ({ default: module.ShopView })));

/** `/shops/:shopId`: a shop's window — who they are, when they open, what they sell. */
export function ShopPage() {
  const { t } = useTranslation("shops");
  const { shopId } = useParams<{ shopId: string }>();
  const id = parseIdParam(shopId);
  if (id === undefined) return <WrongLinkPage />;
  return (
    <Suspense fallback={<ShopSkeleton title={t("shop.unnamed", { id: id.toString() })} />}>
      <ShopView shopId={id} />
    </Suspense>
  );
}
