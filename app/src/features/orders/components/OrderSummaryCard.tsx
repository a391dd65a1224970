import type { IndexedShop, OrderDetails, OrderItems, OrderLine } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Card } from "../../../components/ui/Card.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { CurrencyName } from "../../../currency/CurrencyName.tsx";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import { itemsTotals } from "../model/itemsTotals.ts";
import { OrderDelivery } from "./OrderDelivery.tsx";
import { OrderFactsList } from "./OrderFactsList.tsx";

/** A line's title with its variant, named as the shop's catalog names it now (else by its id). */
function lineTitle(line: OrderLine, shop: IndexedShop | undefined): string {
  if (line.variantId === undefined) return line.title;
  const variant = shop?.catalog?.items
    .find((item) => item.id === line.itemId)
    ?.variants.find((candidate) => candidate.id === line.variantId);
  return `${line.title} (${variant?.label ?? line.variantId})`;
}

export type OrderSummaryCardProps = {
  order: OrderDetails;
  items: OrderItems | undefined;
  shop: IndexedShop | undefined;
};

/** What was bought, from whom, how it comes, and what it came to (in euros and in the currency paid). */
export function OrderSummaryCard({ order, items, shop }: OrderSummaryCardProps) {
  const { t } = useTranslation("orders");
  const { terms } = order;
  const totals = items === undefined ? undefined : itemsTotals(items);
  return (
    <Card title={t("detail.summaryTitle")}>
      <p className="order-summary__shop">
        <Link href={`~/shops/${terms.shopId.toString()}`}>
          {shop?.metadata?.name ?? t("basket.unknownShop", { id: terms.shopId.toString() })}
        </Link>
        {shop?.metadata !== undefined && (
          <span className="muted"> · {`${shop.metadata.address.street}, ${shop.metadata.address.city}`}</span>
        )}
      </p>
      <OrderDelivery terms={terms} items={items} shop={shop} />
      {items === undefined ? (
        <p className="muted">{t("detail.itemsLoading")}</p>
      ) : (
        <ul className="order-lines">
          {items.lines.map((line) => (
            <li key={`${line.itemId}/${line.variantId ?? ""}`} className="order-lines__line">
              <span>{t("checkout.review.line", { title: lineTitle(line, shop), quantity: line.quantity })}</span>
              <Price amount={line.unitPrice} currency={items.priceUnit} unit={t("basket.each")} size="small" />
            </li>
          ))}
        </ul>
      )}
      {items !== undefined && totals !== undefined && (
        <dl className="group-totals">
          <div className="group-totals__row">
            <dt>{t("totals.subtotal")}</dt>
            <dd>
              <Price amount={totals.subtotal} currency={items.priceUnit} />
            </dd>
          </div>
          <div className="group-totals__row">
            <dt>{t("totals.delivery")}</dt>
            <dd>
              <Price amount={totals.deliveryFee} currency={items.priceUnit} />
            </dd>
          </div>
          <div className="group-totals__row group-totals__row--total">
            <dt>{t("totals.total")}</dt>
            <dd>
              <Price amount={totals.total} currency={items.priceUnit} />
            </dd>
          </div>
        </dl>
      )}
      <p className="order-summary__paid muted">
        {t("detail.paidWith")} <CurrencyName token={terms.token} /> ·{" "}
        <TokenAmount token={terms.token} amount={terms.amount + terms.deliveryFee} />
      </p>
      <OrderFactsList state={order.state} />
    </Card>
  );
}
