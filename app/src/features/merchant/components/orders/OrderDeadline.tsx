import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { deadlineInWords } from "../../shared/time.ts";

const WITH_DEADLINE = new Set(["Paid", "Accepted", "Shipped", "Delivered", "Disputed"]);

/** What the order's current deadline means for the shop, in words: "Acceptez-la d'ici demain". */
export function OrderDeadline({ order, now }: { order: OrderDetails; now: number | undefined }) {
  const { t, i18n } = useTranslation("merchant");
  const { status, deadline } = order.state;
  if (now === undefined || !WITH_DEADLINE.has(status) || deadline === 0) return null;
  const when = deadlineInWords(deadline, now, i18n.language);
  const isPast = deadline < now;
  const kind =
    status === "Accepted" ? (order.terms.carrier === zeroAddress ? "AcceptedOwn" : "AcceptedCarrier") : status;
  const tone = !isPast ? "deadline" : status === "Delivered" ? "deadline deadline--ready" : "deadline deadline--past";
  return <span className={tone}>{t(`deadlines.${kind}${isPast ? "Past" : ""}`, { when })}</span>;
}
