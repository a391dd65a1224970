import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { Stars } from "../../../components/ui/Stars.tsx";
import { useShopReviews } from "../reviews/shopReviews.ts";
import { ReviewCard } from "./ReviewCard.tsx";

/** What buyers of this shop said — only buyers of a purchase that ended with the shop paid can review; each shows the
 * amount of its order, and the count of distinct buyers makes self-dealing visible — with the shop's replies. */
export function ShopReviews({ shopId, shopName }: { shopId: bigint; shopName: string }) {
  const { t } = useTranslation("shopPage");
  const reviews = useShopReviews(shopId);
  if (reviews.isPending) return <Spinner label={t("reviews.loading")} />;
  if (reviews.isError) {
    return (
      <p>
        {t("reviews.unreadable")}{" "}
        <Button size="small" onClick={() => void reviews.refetch()} isLoading={reviews.isFetching}>
          {t("reviews.retry")}
        </Button>
      </p>
    );
  }
  const { count, averageRating, distinctBuyers, reviews: list } = reviews.data;
  return (
    <>
      <p className="reviews-summary">
        <Stars rating={averageRating ?? 0} count={count} />
      </p>
      <p className="muted">{t("reviews.verifiedOnly")}</p>
      {count > 0 && <p className="muted">{t("reviews.distinctBuyers", { count: distinctBuyers })}</p>}
      {list.length > 0 && (
        <ul className="review-list">
          {list.map((review) => (
            <li key={review.orderId.toString()}>
              <ReviewCard review={review} shopName={shopName} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
