import { currencyMinorUnits, type OrderDetails, type OrderItems, tokenAmountToPrice } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Price } from "../../../../components/ui/Price.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useTokenInfo } from "../../../../currency/useTokenInfo.ts";
import { useCarriers } from "../../../../market/index.ts";

/** What was ordered, at the prices the customer saw, the delivery fee and how it was paid. */
export function OrderItemsTable({
  order,
  items,
  isError,
}: {
  order: OrderDetails;
  items: OrderItems | undefined;
  isError: boolean;
}) {
  const { t } = useTranslation("merchant");
  const { data: token } = useTokenInfo(order.terms.token);
  const carriers = useCarriers();
  if (isError) return <p className="field__error">{t("orders.itemsUnreadable")}</p>;
  if (items === undefined) return <Spinner label={t("orders.loadingItems")} />;
  const unit = items.priceUnit;
  const total = tokenAmountToPrice(
    order.terms.amount + order.terms.deliveryFee,
    BigInt(items.payment.rate),
    currencyMinorUnits(unit),
  );
  const carrierName = carriers.data?.get(order.terms.carrier)?.profile?.name;
  return (
    <table className="order-lines">
      <thead>
        <tr>
          <th scope="col">{t("orders.lines.item")}</th>
          <th scope="col">{t("orders.lines.quantity")}</th>
          <th scope="col">{t("orders.lines.unitPrice")}</th>
        </tr>
      </thead>
      <tbody>
        {items.lines.map((line) => (
          <tr key={`${line.itemId}-${line.variantId ?? ""}`}>
            <th scope="row">
              {line.title}
              {line.variantId !== undefined && <span className="muted"> ({line.variantId})</span>}
            </th>
            <td>{line.quantity}</td>
            <td>
              <Price amount={line.unitPrice} currency={unit} size="small" />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t("orders.lines.subtotal")}
          </th>
          <td>
            <Price amount={items.subtotal} currency={unit} size="small" />
          </td>
        </tr>
        <tr>
          <th scope="row" colSpan={2}>
            {t(`fulfilment.${items.fulfilment}`)}
            {carrierName !== undefined && ` · ${carrierName}`}
          </th>
          <td>
            <Price amount={items.deliveryFee} currency={unit} size="small" />
          </td>
        </tr>
        <tr className="order-lines__total">
          <th scope="row" colSpan={2}>
            {t("orders.lines.total", { token: token?.symbol ?? "…" })}
          </th>
          <td>
            <Price amount={total} currency={unit} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
