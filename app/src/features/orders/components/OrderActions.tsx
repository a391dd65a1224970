import { getOrderAbilities, type OrderDetails, type OrderItems } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/format.ts";
import { orderReference } from "../../../lib/orderPath.ts";
import { useChainNow } from "../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../transaction/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";
import { itemsTotals } from "../model/itemsTotals.ts";
import runOrderAction from "../transactions/orderAction.ts";
import { OrderActionsList } from "./OrderActionsList.tsx";

export type OrderActionsProps = { order: OrderDetails; items: OrderItems | undefined; shopName: string };

/**
 * What the connected buyer may do with the order now, exactly as `getOrderAbilities` says (never a shop manager
 * here; the time is the latest block's, as the contract will see it), and the one dialog every action runs in.
 */
export function OrderActions({ order, items, shopName }: OrderActionsProps) {
  const { i18n } = useTranslation();
  const { address } = useWalletStatus();
  const now = useChainNow();
  const dialog = useTransaction(runOrderAction);
  const abilities =
    address === undefined || now === undefined
      ? undefined
      : getOrderAbilities(order.state, order.terms, { account: address, isShopManager: false, now });
  const total = items === undefined ? undefined : formatPrice(itemsTotals(items).total, items.priceUnit, i18n.language);
  return (
    <>
      {abilities !== undefined && (
        <OrderActionsList
          abilities={abilities}
          order={order}
          items={items}
          action={{
            orderId: order.orderId,
            terms: order.terms,
            reference: orderReference(order.orderId),
            shopName,
            total,
          }}
          onAction={dialog.open}
        />
      )}
      <TransactionDialog handle={dialog} />
    </>
  );
}
