import type { OrderDetails, OrderItems, ShippingDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { ShippingAddress } from "../../../../components/ui/ShippingAddress.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useCarriers, useIndexedShop } from "../../../../market/index.ts";

/** The parcel's label: from the shop, to the customer, by whom, with the order reference; "Print" prints only it. */
export function ShippingLabel({
  order,
  details,
  items,
}: {
  order: OrderDetails;
  details: ShippingDetails;
  items: OrderItems | undefined;
}) {
  const { t } = useTranslation("merchant");
  const { shop } = useIndexedShop(order.terms.shopId);
  const carriers = useCarriers();
  const carrier = carriers.data?.get(order.terms.carrier)?.profile?.name;
  const from = shop?.metadata;
  return (
    <div className="stack">
      <div className="shipping-label" role="group" aria-label={t("shipping.labelName")}>
        <div className="shipping-label__from">
          <p className="shipping-label__heading">{t("shipping.from")}</p>
          {from !== undefined && (
            <address>
              <strong>{from.name}</strong>
              <span>{from.address.street}</span>
              <span>
                {from.address.postcode} {from.address.city}
              </span>
            </address>
          )}
        </div>
        <div className="shipping-label__to">
          <p className="shipping-label__heading">{t("shipping.to")}</p>
          <ShippingAddress details={details} />
        </div>
        <p className="shipping-label__meta">
          {t("orders.orderTitle", { reference: orderReference(order.orderId) })}
          {items !== undefined &&
            ` · ${t("shipping.parcel", { count: items.lines.reduce((sum, line) => sum + line.quantity, 0) })}`}
          {carrier !== undefined && ` · ${t("shipping.carrier", { name: carrier })}`}
        </p>
      </div>
      <Button onClick={() => window.print()}>{t("shipping.print")}</Button>
    </div>
  );
}
