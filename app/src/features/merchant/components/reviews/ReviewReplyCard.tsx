import { MAX_REVIEW_REPLY_LENGTH, type ShopReview } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Stars } from "../../../../components/ui/Stars.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useDocument } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { usePersonName } from "../../../wallet/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import replyTransaction from "../../transactions/replyToReview.ts";

/** One review with its text (as text only: it comes from the customer), and the shop's reply or the form to write it. */
export function ReviewReplyCard({ review, shopId }: { review: ShopReview; shopId: bigint }) {
  const { t, i18n } = useTranslation("merchant");
  const text = useDocument("review", review.textCid);
  const reply = useDocument("review-reply", review.reply?.textCid);
  const buyer = usePersonName(review.buyer);
  const [draft, setDraft] = useState("");
  const isTooLong = draft.trim().length > MAX_REVIEW_REPLY_LENGTH;
  const replying = useTransaction(replyTransaction);
  return (
    <Card
      as="article"
      title={<Stars rating={review.rating} count={1} />}
      headingLevel={3}
      subtitle={t("reviews.by", {
        buyer,
        date: dateTimeInWords(review.postedAt, i18n.language),
        reference: orderReference(review.orderId),
      })}
    >
      <p className="review__text">{text.data?.text ?? (text.isError ? t("reviews.textUnreadable") : "…")}</p>
      {review.reply !== undefined ? (
        <blockquote className="review__reply">
          <p className="review__reply-heading">
            {t("reviews.yourReply", { date: dateTimeInWords(review.reply.postedAt, i18n.language) })}
          </p>
          <p>{reply.data?.text ?? (reply.isError ? t("reviews.textUnreadable") : "…")}</p>
        </blockquote>
      ) : (
        <form
          className="review__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim() !== "" && !isTooLong)
              replying.open({ orderId: review.orderId, shopId, text: draft.trim() });
          }}
        >
          <Field
            label={t("reviews.reply.label")}
            hint={t("reviews.reply.hint")}
            count={{ length: draft.trim().length, max: MAX_REVIEW_REPLY_LENGTH }}
          >
            <TextArea rows={3} value={draft} onChange={(event) => setDraft(event.target.value)} />
          </Field>
          <Button type="submit" disabled={draft.trim() === "" || isTooLong}>
            {t("reviews.reply.button")}
          </Button>
        </form>
      )}
      <TransactionDialog handle={replying} />
    </Card>
  );
}
