import {
  currencyMinorUnits,
  type OrderDetails,
  type OrderItems,
  type OrderTimelineEntry,
  tokenAmountToPrice,
} from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { timelineSteps } from "../model/timelineSteps.ts";
import { OrderDate } from "./OrderDate.tsx";

export type OrderTimelineCardProps = {
  order: OrderDetails;
  items: OrderItems | undefined;
  timeline: readonly OrderTimelineEntry[] | undefined;
  isLoading: boolean;
};

/** Everything that happened to the order, from the chain, with dates: paid, accepted, picked up, delivered… */
export function OrderTimelineCard({ order, items, timeline, isLoading }: OrderTimelineCardProps) {
  const { t } = useTranslation("orders");
  const priceUnit = items?.priceUnit;
  const toPrice = (amount: bigint) =>
    items === undefined
      ? undefined
      : tokenAmountToPrice(amount, BigInt(items.payment.rate), currencyMinorUnits(items.priceUnit));
  const steps = timeline === undefined ? [] : timelineSteps(timeline, order.terms.buyer, toPrice);
  return (
    <Card title={t("detail.progressTitle")}>
      {isLoading && <Spinner label={t("detail.timelineLoading")} />}
      <ol className="order-timeline">
        {steps.map((step) => (
          <li key={step.id} className="order-timeline__step" data-step={step.key}>
            <span className="order-timeline__what">{t(`timeline.${step.key}`, step.values ?? {})}</span>
            {step.quote !== undefined && step.quote !== "" && <q className="order-timeline__quote">{step.quote}</q>}
            {priceUnit !== undefined && step.amounts?.buyer !== undefined && (
              <span className="order-timeline__amount">
                {t("timeline.toYou")} <Price amount={step.amounts.buyer} currency={priceUnit} size="small" />
                {step.amounts.shop !== undefined && (
                  <>
                    {" · "}
                    {t("timeline.toShop")} <Price amount={step.amounts.shop} currency={priceUnit} size="small" />
                  </>
                )}
              </span>
            )}
            <span className="order-timeline__when muted">
              <OrderDate timestamp={step.timestamp} />
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
