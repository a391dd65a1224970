import {
  currencyMinorUnits,
  type OrderDetails,
  type OrderItems,
  type OrderTimelineEntry,
  tokenAmountToPrice,
} from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { Card } from "../../../../components/ui/Card.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { formatPrice } from "../../../../lib/format.ts";
import { useOrderTimeline } from "../../../../market/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";

/** The escrow's own pickup and delivery entries already say what the carrier's matching checkpoints say. */
function isWorthShowing(entry: OrderTimelineEntry): boolean {
  return !(entry.type === "Checkpoint" && (entry.checkpoint === "PickedUp" || entry.checkpoint === "Delivered"));
}

/**
 * Everything that happened to the order, oldest first, in words; with its line items, a settled dispute also says
 * who got how much.
 */
export function OrderTimeline({ order, items }: { order: OrderDetails; items?: OrderItems }) {
  const { t, i18n } = useTranslation("merchant");
  const timeline = useOrderTimeline(order.orderId);
  const describe = (entry: OrderTimelineEntry): string => {
    switch (entry.type) {
      case "Declined":
        return t("timeline.Declined", { reason: entry.reason === "" ? t("timeline.noReason") : entry.reason });
      case "Checkpoint":
        return t("timeline.Checkpoint", { checkpoint: t(`checkpoints.${entry.checkpoint}`) });
      case "SettlementProposed":
        return isAddressEqual(entry.by, order.terms.buyer)
          ? t("timeline.SettlementByBuyer")
          : t("timeline.SettlementByShop");
      case "Resolved": {
        const resolved = t(`timeline.Resolved${entry.resolution}`);
        if (items === undefined) return resolved;
        const money = (amount: bigint) =>
          formatPrice(
            tokenAmountToPrice(amount, BigInt(items.payment.rate), currencyMinorUnits(items.priceUnit)),
            items.priceUnit,
            i18n.language,
          );
        return t("timeline.resolvedSplit", {
          resolved,
          buyer: money(entry.buyerAmount),
          shop: money(entry.shopAmount),
        });
      }
      case "Reviewed":
        return t("timeline.Reviewed", { rating: entry.rating });
      default:
        return t(`timeline.${entry.type}`);
    }
  };
  return (
    <Card title={t("timeline.title")}>
      {timeline.isLoading ? (
        <Spinner label={t("timeline.loading")} />
      ) : (
        <ol className="timeline">
          {(timeline.data ?? []).filter(isWorthShowing).map((entry) => (
            <li key={`${entry.blockNumber}-${entry.logIndex}`} className="timeline__entry">
              <time dateTime={new Date(entry.timestamp * 1000).toISOString()}>
                {dateTimeInWords(entry.timestamp, i18n.language)}
              </time>
              <span>{describe(entry)}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
