import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { useMarket, useOrderTimeline } from "../../../../market/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";

/** Who opened the dispute and when, who can rule on it, and what happens when nobody settles it in time. */
export function DisputeSummary({ order }: { order: OrderDetails }) {
  const { t, i18n } = useTranslation("merchant");
  const { deployment } = useMarket();
  const timeline = useOrderTimeline(order.orderId);
  const opened = timeline.data?.findLast((entry) => entry.type === "Disputed");
  if (opened?.type !== "Disputed") return null;
  const arbitrator = order.terms.arbitrator.toLowerCase();
  const isMediator = arbitrator === deployment.contracts.MediatorArbitrator.address.toLowerCase();
  return (
    <div className="stack">
      <p>{t("dispute.opened", { date: dateTimeInWords(opened.timestamp, i18n.language) })}</p>
      {arbitrator !== zeroAddress && <p>{isMediator ? t("dispute.byMediator") : t("dispute.byArbitrator")}</p>}
      <p className="muted">{t("dispute.timeout", { date: dateTimeInWords(opened.disputeDeadline, i18n.language) })}</p>
    </div>
  );
}
