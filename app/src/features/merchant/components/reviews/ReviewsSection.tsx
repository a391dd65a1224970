import { getShopReviews } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { EmptyState } from "../../../../components/ui/EmptyState.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { Stars } from "../../../../components/ui/Stars.tsx";
import { useMarket } from "../../../../market/index.ts";
import type { ShopSectionProps } from "../ShopAdminPage.tsx";
import { ReviewReplyCard } from "./ReviewReplyCard.tsx";

/** `/merchant/shops/:id/reviews`: the shop's verified reviews, newest first, each answerable once. */
export function ReviewsSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  const { publicClient, deployment } = useMarket();
  const reviews = useQuery({
    queryKey: ["shopReviews", deployment.chainId, shop.shopId.toString()],
    queryFn: () => getShopReviews(publicClient, deployment, { shopId: shop.shopId }),
  });
  if (reviews.isLoading) return <Spinner label={t("reviews.loading")} />;
  if (reviews.data === undefined) {
    return (
      <Banner tone="error" title={t("reviews.loadErrorTitle")}>
        <p>{t("reviews.loadErrorText")}</p>
      </Banner>
    );
  }
  const { averageRating, count } = reviews.data;
  const list = [...reviews.data.reviews].reverse();
  if (list.length === 0) {
    return (
      <EmptyState title={t("reviews.emptyTitle")} headingLevel={2}>
        <p>{t("reviews.emptyText")}</p>
      </EmptyState>
    );
  }
  return (
    <div className="reviews">
      <p className="reviews__summary">
        <Stars rating={averageRating ?? 0} count={count} />
      </p>
      <ul className="reviews__list">
        {list.map((review) => (
          <li key={review.orderId.toString()}>
            <ReviewReplyCard review={review} shopId={shop.shopId} />
          </li>
        ))}
      </ul>
    </div>
  );
}
