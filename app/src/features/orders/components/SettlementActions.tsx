import { currencyMinorUnits, type OrderDetails, type OrderItems, tokenAmountToPrice } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/format.ts";
import type { OrderActionData } from "../../../market/index.ts";
import acceptSettlement from "../transactions/acceptSettlement.ts";
import type { OrderActionRequest } from "../transactions/orderAction.ts";
import { OrderActionButton } from "./OrderActionButton.tsx";
import { SettlementForm } from "./SettlementForm.tsx";

export type SettlementActionsProps = {
  action: OrderActionData;
  order: OrderDetails;
  items: OrderItems | undefined;
  canPropose: boolean;
  canAccept: boolean;
  onAction(request: OrderActionRequest): void;
};

/** During a dispute: the shop's standing offer to accept, and the buyer's own offer in euros. */
export function SettlementActions({ action, order, items, canPropose, canAccept, onAction }: SettlementActionsProps) {
  const { t, i18n } = useTranslation("orders");
  if (items === undefined) {
    return (
      <li className="order-action">
        <p>{t("actions.propose.needsItems")}</p>
      </li>
    );
  }
  const rate = BigInt(items.payment.rate);
  const decimals = currencyMinorUnits(items.priceUnit);
  const offer = order.state.settlementOffer;
  const offered =
    offer === undefined
      ? undefined
      : formatPrice(tokenAmountToPrice(offer.buyerAmount, rate, decimals), items.priceUnit, i18n.language);
  return (
    <>
      {canAccept && offer !== undefined && offered !== undefined && (
        <li className="order-action">
          <p>{t("actions.acceptOffer.text", { refund: offered })}</p>
          <div className="order-action__buttons">
            <OrderActionButton
              transaction={acceptSettlement}
              onAction={onAction}
              data={{ ...action, buyerAmount: offer.buyerAmount, refund: offered }}
              label={t("actions.acceptOffer.button")}
              variant="primary"
            />
          </div>
        </li>
      )}
      {canPropose && <SettlementForm action={action} items={items} onAction={onAction} />}
    </>
  );
}
