/**
 * Shops feature: a shop's page and its items (`/shops/:shopId`, `/shops/:shopId/items/:itemId`), and the small pieces
 * the find page shows shops with. Only light modules are exported here: the pages load the shop index lazily.
 */

export { lowestPrice } from "./catalog/itemPrice.ts";
export { FulfilmentSummary } from "./components/FulfilmentSummary.tsx";
export { ItemPage } from "./components/ItemPage.tsx";
export { OpeningStatusText } from "./components/OpeningStatusText.tsx";
export { PaymentSummary } from "./components/PaymentSummary.tsx";
export { ReviewCard } from "./components/ReviewCard.tsx";
export { ShopPage } from "./components/ShopPage.tsx";
export { ShopProblem, type ShopProblemProps } from "./components/ShopProblem.tsx";
export { TagList, type TagListProps } from "./components/TagList.tsx";
export { shopReviewsKey, useShopReviews } from "./reviews/shopReviews.ts";
export { tagLabel } from "./tags/tagLabel.ts";
