import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { useBasket } from "../hooks/useBasket.ts";
import type { BasketGroup } from "../pricing/basketGroups.ts";
import { toDeliveryChoice } from "../pricing/deliveryOptions.ts";
import { BasketItemRow } from "./BasketItemRow.tsx";
import { DeliveryOptionsField } from "./DeliveryOptionsField.tsx";
import { GroupTotals } from "./GroupTotals.tsx";
import { PaymentOptionsField } from "./PaymentOptionsField.tsx";

/** One shop's part of the basket: its items, how the order reaches you, the currency, and what it comes to. */
export function ShopGroupCard({
  group,
  isLoading,
}: {
  group: BasketGroup /** The shops are still being read: no verdict yet. */;
  isLoading: boolean;
}) {
  const { t } = useTranslation("orders");
  const basket = useBasket();
  const name = group.name ?? t("basket.unknownShop", { id: group.shopId });
  return (
    <Card
      className="basket-group"
      title={
        <>
          <StoreIcon /> <Link href={`~/shops/${group.shopId}`}>{name}</Link>
        </>
      }
    >
      {!isLoading && group.problems.includes("shop-unavailable") && (
        <Banner tone="warning" title={t("basket.problems.shopUnavailable")}>
          <p>{group.shop?.statusReason ?? t("basket.problems.shopUnknown")}</p>
        </Banner>
      )}
      <ul className="basket-items">
        {group.lines.map((line) => (
          <BasketItemRow
            key={`${line.line.itemId}/${line.line.variantId ?? ""}`}
            line={line}
            priceUnit={group.priceUnit}
          />
        ))}
      </ul>
      {group.problems.includes("over-stock") && (
        <p className="basket-group__problem">{t("basket.problems.overStock")}</p>
      )}
      {group.problems.includes("item-unavailable") && (
        <p className="basket-group__problem">{t("basket.problems.itemUnavailable")}</p>
      )}
      {group.shop !== undefined && (
        <div className="basket-group__choices">
          <DeliveryOptionsField
            group={group}
            onChoose={(option) => basket.choose(group.shopId, { delivery: toDeliveryChoice(option) })}
          />
          <PaymentOptionsField group={group} onChoose={(token) => basket.choose(group.shopId, { token })} />
        </div>
      )}
      <GroupTotals group={group} />
    </Card>
  );
}
