import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { ReviewCard, useShopReviews } from "../../shops/index.ts";

/** The buyer's published review of this order, with the shop's reply, once there is one. */
export function OrderReviewCard({ orderId, shopId, shopName }: { orderId: bigint; shopId: bigint; shopName: string }) {
  const { t } = useTranslation("orders");
  const reviews = useShopReviews(shopId);
  const review = reviews.data?.reviews.find((candidate) => candidate.orderId === orderId);
  if (review === undefined) return null;
  return (
    <Card title={t("detail.yourReview")}>
      <ReviewCard review={review} shopName={shopName} />
    </Card>
  );
}
