import { cidOfDigest, type OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Price } from "../../../../components/ui/Price.tsx";
import { useDocument } from "../../../../market/index.ts";

/** The carrier's fee for the order, in the shop's price unit (from the order's line items), and whether it is paid. */
export function FeeText({ order }: { order: OrderDetails }) {
  const { t } = useTranslation("carrier");
  const items = useDocument("order-items", cidOfDigest(order.itemsDigest));
  if (items.data === undefined) return null;
  return (
    <span className="fee-text">
      {order.state.isFeePaid ? t("fee.paid") : t("fee.toEarn")}{" "}
      <Price amount={items.data.deliveryFee} currency={items.data.priceUnit} size="small" />
    </span>
  );
}
