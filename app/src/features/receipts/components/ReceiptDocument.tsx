import type { Catalog, OrderDetails, OrderItems, ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Price } from "../../../components/ui/Price.tsx";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import { receiptOf } from "../model/receiptLines.ts";
import { ShopIdentity } from "./ShopIdentity.tsx";

export type ReceiptDocumentProps = {
  order: OrderDetails;
  items: OrderItems;
  catalog: Catalog | undefined;
  shop: ShopMetadata | undefined;
  copy: "buyer" | "shop";
};

/** The receipt itself: who sold, when, what at what price with which VAT, and what was paid into escrow. */
export function ReceiptDocument({ order, items, catalog, shop, copy }: ReceiptDocumentProps) {
  const { t, i18n } = useTranslation("orders");
  const receipt = receiptOf(items, catalog);
  const unit = items.priceUnit;
  const percent = (rate: string) =>
    new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 2 }).format(Number(rate) / 100);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeStyle: "short" }).format(
    order.paidAt * 1000,
  );
  return (
    <article className="receipt" aria-label={t("receipt.label")}>
      <header className="receipt__head">
        <ShopIdentity shop={shop} />
        <dl className="receipt__facts">
          <dt>{t("receipt.copy")}</dt>
          <dd>{t(`receipt.copies.${copy}`)}</dd>
          <dt>{t("receipt.date")}</dt>
          <dd>{date}</dd>
          <dt>{t("receipt.order")}</dt>
          <dd className="receipt__id">{`0x${order.orderId.toString(16).padStart(64, "0")}`}</dd>
          <dt>{t("receipt.buyer")}</dt>
          <dd className="receipt__id">{order.terms.buyer}</dd>
          <dt>{t("receipt.status")}</dt>
          <dd>{t(`receipt.statuses.${order.state.status}`, { defaultValue: order.state.status })}</dd>
        </dl>
      </header>
      <table className="receipt__lines">
        <thead>
          <tr>
            <th scope="col">{t("receipt.quantity")}</th>
            <th scope="col">{t("receipt.item")}</th>
            <th scope="col">{t("receipt.unitPrice")}</th>
            <th scope="col">{t("receipt.vatRate")}</th>
            <th scope="col">{t("receipt.lineTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a receipt's lines never move
            <tr key={index}>
              <td>{line.quantity}</td>
              <td>
                {line.title}
                {line.variant !== undefined && ` (${line.variant})`}
              </td>
              <td>
                <Price amount={line.unitPrice} currency={unit} size="small" />
              </td>
              <td>{line.vatRate === undefined ? "—" : percent(line.vatRate)}</td>
              <td>
                <Price amount={line.total} currency={unit} size="small" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="receipt__totals">
        <dt>{t("receipt.subtotal")}</dt>
        <dd>
          <Price amount={receipt.subtotal} currency={unit} />
        </dd>
        <dt>{t("receipt.delivery")}</dt>
        <dd>
          <Price amount={receipt.deliveryFee} currency={unit} />
        </dd>
        <dt className="receipt__total">{t("receipt.total")}</dt>
        <dd className="receipt__total">
          <Price amount={receipt.total} currency={unit} size="large" />
        </dd>
      </dl>
      {receipt.vat.length > 0 && (
        <table className="receipt__vat">
          <caption>{t("receipt.vatTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("receipt.vatRate")}</th>
              <th scope="col">{t("receipt.net")}</th>
              <th scope="col">{t("receipt.vat")}</th>
              <th scope="col">{t("receipt.gross")}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.vat.map((rate) => (
              <tr key={rate.vatRate}>
                <td>{percent(rate.vatRate)}</td>
                <td>
                  <Price amount={rate.net} currency={unit} size="small" />
                </td>
                <td>
                  <Price amount={rate.vat} currency={unit} size="small" />
                </td>
                <td>
                  <Price amount={rate.gross} currency={unit} size="small" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="receipt__note">
        {receipt.vat.length === 0
          ? t("receipt.noVat")
          : receipt.hasLinesWithoutRate
            ? t("receipt.someWithoutVat")
            : t("receipt.deliveryVat")}
      </p>
      <p className="receipt__note">
        {t("receipt.paid")}{" "}
        <TokenAmount token={order.terms.token} amount={order.terms.amount + order.terms.deliveryFee} />
        {". "}
        {t("receipt.escrow")}
      </p>
    </article>
  );
}
