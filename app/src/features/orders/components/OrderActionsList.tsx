import type { OrderAbilities, OrderDetails, OrderItems } from "@grandrue/sdk";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import type { OrderActionData } from "../../../market/index.ts";
import cancelOrder from "../transactions/cancelOrder.ts";
import confirmReceipt from "../transactions/confirmReceipt.ts";
import expireOrder from "../transactions/expireOrder.ts";
import type { OrderActionRequest } from "../transactions/orderAction.ts";
import releasePayment from "../transactions/releasePayment.ts";
import requestArbitration from "../transactions/requestArbitration.ts";
import resolveTimedOutDispute from "../transactions/resolveTimedOutDispute.ts";
import { DisputeAction } from "./DisputeAction.tsx";
import { OrderActionButton } from "./OrderActionButton.tsx";
import { ReviewForm } from "./ReviewForm.tsx";
import { SettlementActions } from "./SettlementActions.tsx";

export type OrderActionsListProps = {
  abilities: OrderAbilities;
  order: OrderDetails;
  items: OrderItems | undefined;
  action: OrderActionData;
  /** Opens the chosen action in the order page's transaction dialog. */
  onAction(request: OrderActionRequest): void;
};

function Action({ text, children }: { text: string; children: ReactNode }) {
  return (
    <li className="order-action">
      <p>{text}</p>
      <div className="order-action__buttons">{children}</div>
    </li>
  );
}

/** One explained button per thing the buyer may do now; nothing the abilities do not allow. */
export function OrderActionsList({ abilities, order, items, action, onAction }: OrderActionsListProps) {
  const { t } = useTranslation("orders");
  // A buyer never needs `canComplete`: whenever it holds, releasing (offered below) pays the shop the same way.
  const {
    canCancel,
    canConfirmReceipt,
    canRelease,
    canExpire,
    canDispute,
    canProposeSettlement,
    canAcceptSettlement,
    canRequestArbitration,
    canResolveTimedOut,
    canReview,
  } = abilities;
  const offered = [
    canCancel,
    canConfirmReceipt,
    canRelease,
    canExpire,
    canDispute,
    canProposeSettlement,
    canAcceptSettlement,
    canRequestArbitration,
    canResolveTimedOut,
    canReview,
  ];
  if (!offered.some(Boolean)) return null;
  return (
    <Card title={t("actions.title")}>
      <ul className="order-actions">
        {canConfirmReceipt && (
          <Action text={t("actions.confirmReceipt.text")}>
            <OrderActionButton
              transaction={confirmReceipt}
              data={action}
              onAction={onAction}
              label={t("actions.confirmReceipt.button")}
              variant="primary"
            />
          </Action>
        )}
        {canReview && <ReviewForm action={action} onAction={onAction} />}
        {(canProposeSettlement || canAcceptSettlement) && (
          <SettlementActions
            action={action}
            order={order}
            items={items}
            canPropose={canProposeSettlement}
            canAccept={canAcceptSettlement}
            onAction={onAction}
          />
        )}
        {canDispute && <DisputeAction action={action} onAction={onAction} />}
        {canRequestArbitration && (
          <Action text={t("actions.requestArbitration.text")}>
            <OrderActionButton
              transaction={requestArbitration}
              data={action}
              onAction={onAction}
              label={t("actions.requestArbitration.button")}
            />
          </Action>
        )}
        {canResolveTimedOut && (
          <Action text={t("actions.resolveTimedOut.text")}>
            <OrderActionButton
              transaction={resolveTimedOutDispute}
              data={{ ...action, isDelivered: order.state.deliveredAt !== 0 }}
              onAction={onAction}
              label={t("actions.resolveTimedOut.button")}
              variant="primary"
            />
          </Action>
        )}
        {canExpire && (
          <Action text={t("actions.expire.text")}>
            <OrderActionButton
              transaction={expireOrder}
              data={action}
              onAction={onAction}
              label={t("actions.expire.button")}
              variant="primary"
            />
          </Action>
        )}
        {canCancel && (
          <Action text={t("actions.cancel.text")}>
            <OrderActionButton
              transaction={cancelOrder}
              data={action}
              onAction={onAction}
              label={t("actions.cancel.button")}
              variant="danger"
            />
          </Action>
        )}
        {canRelease && (
          <Action text={t("actions.release.text")}>
            <OrderActionButton
              transaction={releasePayment}
              data={action}
              onAction={onAction}
              label={t("actions.release.button")}
            />
          </Action>
        )}
      </ul>
    </Card>
  );
}
