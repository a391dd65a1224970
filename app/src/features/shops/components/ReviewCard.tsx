import type { ShopReview } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import { useDocument } from "../../../market/documents.ts";

function ReviewText({ kind, cid }: { kind: "review" | "review-reply"; cid: string | undefined }) {
  const { t } = useTranslation("shopPage");
  const document = useDocument(kind, cid);
  if (cid === undefined || document.isError) return <p className="muted">{t("reviews.textUnreadable")}</p>;
  if (document.data === undefined) return <p className="muted">{t("reviews.textLoading")}</p>;
  return document.data.text === "" ? null : <p className="prose">{document.data.text}</p>;
}

/** One verified buyer's review: rating, date, the amount of the order behind it, text, and the shop's reply under it. */
export function ReviewCard({ review, shopName }: { review: ShopReview; shopName: string }) {
  const { t, i18n } = useTranslation("shopPage");
  const date = (seconds: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(new Date(seconds * 1000));
  return (
    <article className="review-card">
      <p className="review-card__header">
        <span className="review-card__stars" role="img" aria-label={t("reviews.rating", { rating: review.rating })}>
          {"★".repeat(review.rating)}
          <span className="review-card__stars-empty">{"★".repeat(5 - review.rating)}</span>
        </span>
        <span className="muted">{t("reviews.byVerifiedBuyer", { date: date(review.postedAt) })}</span>
        <span className="muted">
          {t("reviews.orderOf")} <TokenAmount token={review.token} amount={review.amount} />
        </span>
      </p>
      <ReviewText kind="review" cid={review.textCid} />
      {review.reply !== undefined && (
        <div className="review-card__reply">
          <p className="review-card__reply-title">
            {t("reviews.reply", { shop: shopName, date: date(review.reply.postedAt) })}
          </p>
          <ReviewText kind="review-reply" cid={review.reply.textCid} />
        </div>
      )}
    </article>
  );
}
