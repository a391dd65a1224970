import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { Distance } from "../../../components/ui/Distance.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { useMarket } from "../../../market/index.ts";
import type { BasketGroup } from "../../basket/index.ts";
import { GroupTotals } from "../../basket/index.ts";
import { acceptsArbitrator } from "../model/checkoutOrders.ts";

/** One shop's order as it will be paid: how it reaches you, its lines, its totals and currency. */
export function ReviewOrderCard({ group }: { group: BasketGroup }) {
  const { t } = useTranslation("orders");
  const { deployment } = useMarket();
  const { delivery } = group;
  const isWithoutMediator =
    group.shop !== undefined && !acceptsArbitrator(group.shop, deployment.contracts.MediatorArbitrator.address);
  const address = group.shop?.metadata?.address;
  return (
    <Card
      title={
        <>
          <StoreIcon /> {group.name}
        </>
      }
      className="review-order"
    >
      <p className="review-order__delivery">
        {delivery?.kind === "pickup" &&
          address !== undefined &&
          t("checkout.review.pickupAt", { street: address.street, city: address.city })}
        {delivery?.kind === "own-delivery" && t("checkout.review.ownDelivery", { shop: group.name })}
        {delivery?.kind === "carrier" && (
          <>
            {t("checkout.review.byCarrier", { carrier: delivery.profile.name, fee: delivery.fee?.label })}
            {delivery.distanceMetres !== undefined && (
              <>
                {" · "}
                <Distance metres={delivery.distanceMetres} />
              </>
            )}
          </>
        )}
      </p>
      <ul className="review-order__lines">
        {group.lines.map(({ line, title, variantLabel }) => (
          <li key={`${line.itemId}/${line.variantId ?? ""}`}>
            {t("checkout.review.line", {
              title: variantLabel === undefined ? title : `${title} (${variantLabel})`,
              quantity: line.quantity,
            })}
          </li>
        ))}
      </ul>
      <GroupTotals group={group} />
      {isWithoutMediator && <p className="muted">{t("checkout.review.noArbitrator")}</p>}
    </Card>
  );
}
