import { MAX_REVIEW_TEXT_LENGTH } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { TextArea } from "../../../components/ui/TextArea.tsx";
import type { OrderActionData } from "../../../market/index.ts";
import { type OrderActionRequest, orderAction } from "../transactions/orderAction.ts";
import postReview from "../transactions/postReview.ts";

const RATINGS = [1, 2, 3, 4, 5] as const;

/** After delivery: a rating from one to five stars and a few words, published with the order as proof of purchase. */
export function ReviewForm({
  action,
  onAction,
}: {
  action: OrderActionData;
  onAction(request: OrderActionRequest): void;
}) {
  const { t } = useTranslation("orders");
  const [rating, setRating] = useState<number>();
  const [text, setText] = useState("");
  const [isMissingRating, setMissingRating] = useState(false);
  const isTooLong = text.trim().length > MAX_REVIEW_TEXT_LENGTH;
  return (
    <li className="order-action">
      <p>{t("actions.review.intro")}</p>
      <form
        className="order-action__form review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (rating === undefined) setMissingRating(true);
          else if (!isTooLong) onAction(orderAction(postReview, { ...action, rating, text: text.trim() }));
        }}
      >
        <fieldset className="review-form__stars" aria-describedby={isMissingRating ? "review-rating-error" : undefined}>
          <legend className="basket-choice-group__legend">{t("actions.review.rating")}</legend>
          {RATINGS.map((value) => (
            <label key={value} className="review-form__star">
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => {
                  setRating(value);
                  setMissingRating(false);
                }}
              />
              <span aria-hidden="true">{"★".repeat(value)}</span>
              <span className="visually-hidden">{t("actions.review.stars", { count: value })}</span>
            </label>
          ))}
          {isMissingRating && (
            <p className="field__error" id="review-rating-error">
              {t("actions.review.ratingMissing")}
            </p>
          )}
        </fieldset>
        <Field label={t("actions.review.text")} count={{ length: text.trim().length, max: MAX_REVIEW_TEXT_LENGTH }}>
          <TextArea
            className="review-form__text"
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        <Button type="submit" variant="primary">
          {t("actions.review.button")}
        </Button>
      </form>
    </li>
  );
}
