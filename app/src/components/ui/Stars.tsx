import { useTranslation } from "react-i18next";
import { classNames } from "./classNames.ts";

export type StarsProps = {
  /** Average rating from 0 to 5 (sum of ratings / number of reviews). */
  rating: number;
  /** Number of reviews; with none, the stars say "no reviews yet" instead of a rating. */
  count: number;
  className?: string;
};

const STAR_PATH = "M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z";

/** Five stars filled to the average rating, with the rating and review count in words for everyone. */
export function Stars({ rating, count, className }: StarsProps) {
  const { t, i18n } = useTranslation();
  if (count === 0) return <span className={classNames("stars", "stars--none", className)}>{t("reviews.none")}</span>;
  const clamped = Math.min(5, Math.max(0, rating));
  const average = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(clamped);
  return (
    <span className={classNames("stars", className)}>
      <span className="stars__icons" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((index) => {
          const fill = Math.min(1, Math.max(0, clamped - index));
          return (
            <svg key={index} viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true">
              <path d={STAR_PATH} className="stars__empty" />
              <path d={STAR_PATH} className="stars__full" style={{ clipPath: `inset(0 ${100 - fill * 100}% 0 0)` }} />
            </svg>
          );
        })}
      </span>
      <span className="stars__text">{t("reviews.summary", { average, count })}</span>
    </span>
  );
}
