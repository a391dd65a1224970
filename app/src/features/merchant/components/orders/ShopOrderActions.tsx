import type { IndexedShop, OrderAbilities, OrderDetails, OrderItems } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import type { OrderActionData } from "../../../../market/index.ts";
import { useCarriers } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { DeliveryCodeForm } from "../../shared/DeliveryCodeForm.tsx";
import acceptOrderTransaction from "../../transactions/acceptOrder.ts";
import completeOrdersTransaction from "../../transactions/completeOrders.ts";
import confirmDeliveryTransaction from "../../transactions/confirmDelivery.ts";
import declineOrderTransaction from "../../transactions/declineOrder.ts";
import markShippedTransaction from "../../transactions/markShipped.ts";
import { AcceptPanel } from "./AcceptPanel.tsx";

export type ShopOrderActionsProps = {
  shop: IndexedShop;
  order: OrderDetails;
  abilities: OrderAbilities;
  action: OrderActionData;
  items: OrderItems | undefined;
};

/**
 * What the shop can do with the order now, and only that (the SDK's abilities mirror the contract's rules). The
 * transaction dialogs stay mounted when the order moves on, so their outcome is always read.
 */
export function ShopOrderActions({ shop, order, abilities, action, items }: ShopOrderActionsProps) {
  const { t } = useTranslation("merchant");
  const carriers = useCarriers();
  const acceptance = useTransaction(acceptOrderTransaction);
  const declining = useTransaction(declineOrderTransaction);
  const ship = useTransaction(markShippedTransaction);
  const handOver = useTransaction(confirmDeliveryTransaction);
  const collect = useTransaction(completeOrdersTransaction);
  const isWaitingForCarrier = order.state.status === "Accepted" && order.terms.carrier !== zeroAddress;
  const carrierName = carriers.data?.get(order.terms.carrier)?.profile?.name ?? t("orders.theCarrier");
  const canShip = abilities.canMarkShipped && items?.fulfilment === "own-delivery";
  const hasAction =
    abilities.canAccept ||
    abilities.canDecline ||
    canShip ||
    abilities.canConfirmDelivery ||
    abilities.canComplete ||
    isWaitingForCarrier;
  return (
    <>
      {hasAction && (
        <Card title={t("orders.todoTitle")} className="order-actions">
          {(abilities.canAccept || abilities.canDecline) && (
            <AcceptPanel
              shop={shop}
              order={order}
              canAccept={abilities.canAccept}
              onAccept={() =>
                acceptance.open({ ...action, itemsDigest: order.itemsDigest, shippingDigest: order.shippingDigest })
              }
              onDecline={(reason) => declining.open({ ...action, reason })}
            />
          )}
          {isWaitingForCarrier && (
            <div className="waiting">
              <Spinner size="small" label={t("orders.waitingCarrier", { name: carrierName })} />
              <p className="muted">{t("orders.waitingCarrierText")}</p>
            </div>
          )}
          {canShip && (
            <div className="stack">
              <p>{t("orders.ship.text")}</p>
              <Button variant="primary" onClick={() => ship.open(action)}>
                {t("orders.ship.button")}
              </Button>
            </div>
          )}
          {abilities.canConfirmDelivery && (
            <div className="stack">
              <h3 className="form-subtitle">
                {items?.fulfilment === "pickup" ? t("orders.handOver.counterTitle") : t("orders.handOver.doorTitle")}
              </h3>
              <DeliveryCodeForm
                codeHash={order.terms.codeHash}
                submitLabel={t("orders.handOver.button")}
                onDeliveryProof={(deliveryProof) => handOver.open({ ...action, deliveryProof })}
              />
            </div>
          )}
          {abilities.canComplete && (
            <div className="stack">
              <p>{t("orders.collectText")}</p>
              <Button
                variant="primary"
                onClick={() =>
                  collect.open({
                    orders: [{ orderId: order.orderId, terms: order.terms }],
                    totalText: action.reference,
                  })
                }
              >
                {t("money.collect.button")}
              </Button>
            </div>
          )}
        </Card>
      )}
      <TransactionDialog handle={acceptance} />
      <TransactionDialog handle={declining} />
      <TransactionDialog handle={ship} />
      <TransactionDialog handle={handOver} />
      <TransactionDialog handle={collect} />
    </>
  );
}
