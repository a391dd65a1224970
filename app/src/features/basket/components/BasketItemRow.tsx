import { computeOrderTotals, currencyMinorUnits } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { useBasket } from "../hooks/useBasket.ts";
import type { ResolvedLine } from "../pricing/basketGroups.ts";
import { QuantityStepper } from "./QuantityStepper.tsx";

/** One basket line: the item (flagged when no longer sold), its quantity to edit, its price, and "Remove". */
export function BasketItemRow({ line, priceUnit }: { line: ResolvedLine; priceUnit: string }) {
  const { t } = useTranslation("orders");
  const basket = useBasket();
  const { shopId, itemId } = line.line;
  const lineTotal =
    line.unitPrice === undefined || !line.isAvailable
      ? undefined
      : computeOrderTotals(
          [{ quantity: line.line.quantity, unitPrice: line.unitPrice }],
          "0",
          currencyMinorUnits(priceUnit),
        ).subtotal;
  return (
    <li className="basket-item">
      <div className="basket-item__text">
        <Link href={`~/shops/${shopId}/items/${encodeURIComponent(itemId)}`} className="basket-item__title">
          {line.title}
        </Link>
        {line.variantLabel !== undefined && <span className="basket-item__variant">{line.variantLabel}</span>}
        {line.unitPrice !== undefined && (
          <Price
            amount={line.unitPrice}
            currency={priceUnit}
            unit={t("basket.each")}
            size="small"
            className="basket-item__unit"
          />
        )}
        {!line.isAvailable && (
          <Badge tone="danger">
            {line.item === undefined
              ? t("basket.itemGone")
              : line.stock === 0
                ? t("basket.soldOut")
                : t("basket.itemUnavailable")}
          </Badge>
        )}
        {line.isOverStock === true && <Badge tone="danger">{t("basket.overStock", { count: line.stock })}</Badge>}
      </div>
      <div className="basket-item__controls">
        <QuantityStepper
          label={t("basket.quantityOf", { item: line.title })}
          value={line.line.quantity}
          onChange={(quantity) => basket.setQuantity(line.line, quantity)}
        />
        {lineTotal !== undefined && <Price amount={lineTotal} currency={priceUnit} className="basket-item__total" />}
        <Button variant="quiet" size="small" onClick={() => basket.setQuantity(line.line, 0)}>
          {t("basket.remove")}
        </Button>
      </div>
    </li>
  );
}
