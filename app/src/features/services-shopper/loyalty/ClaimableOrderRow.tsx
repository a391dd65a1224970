import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { orderReference } from "../../../lib/orderPath.ts";
import { useIndexedShop } from "../../../market/index.ts";
import { formatDay } from "../lib/formatDay.ts";
import type { ClaimStampsData } from "../transactions/claimStamps.ts";

export type ClaimableOrderRowProps = { order: OrderDetails; onClaim(data: ClaimStampsData): void };

/** A completed order that earned no stamps yet, with "Claim my stamps". */
export function ClaimableOrderRow({ order, onClaim }: ClaimableOrderRowProps) {
  const { t, i18n } = useTranslation("services");
  const { shop } = useIndexedShop(order.terms.shopId);
  const shopName = shop?.metadata?.name ?? t("cards.unknownShop", { id: order.terms.shopId.toString() });
  const reference = orderReference(order.orderId);
  return (
    <li className="claimable-order">
      <span>{t("claim.row", { shop: shopName, reference, date: formatDay(order.paidAt, i18n.language) })}</span>
      <Button size="small" onClick={() => onClaim({ orderId: order.orderId, terms: order.terms, shopName, reference })}>
        {t("claim.action")}
      </Button>
    </li>
  );
}
