import { type IndexedShop, type OrderDetails, type OrderItems, stockOf, takeFromStock } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { useMarket } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { isStockTaken, rememberStockTaken } from "../../lib/stockTaken.ts";
import publishCatalogTransaction from "../../transactions/publishCatalog.ts";

/** Statuses in which the shop has accepted the order (or it went further): its items have left the stock. */
const ACCEPTED = new Set(["Accepted", "Shipped", "Delivered", "Completed"]);

/**
 * Once an order is accepted, takes its items from the catalog's stock counts in one click: one catalog update, one
 * signature, one publish. Shown only when the order holds items whose stock the shop counts.
 */
export function StockCard({
  shop,
  order,
  items,
}: {
  shop: IndexedShop;
  order: OrderDetails;
  items: OrderItems | undefined;
}) {
  const { t } = useTranslation("merchant");
  const { deployment } = useMarket();
  const [isTaken, setTaken] = useState(() => isStockTaken(globalThis.localStorage, deployment.chainId, order.orderId));
  const publication = useTransaction(publishCatalogTransaction, {
    onSuccess: () => {
      rememberStockTaken(globalThis.localStorage, deployment.chainId, order.orderId);
      setTaken(true);
    },
  });
  const catalog = shop.catalog;
  if (catalog === undefined || items === undefined || !ACCEPTED.has(order.state.status)) return null;
  const changes = items.lines.flatMap((line) => {
    const item = catalog.items.find((candidate) => candidate.id === line.itemId);
    const before = item === undefined ? undefined : stockOf(item, line.variantId);
    return before === undefined ? [] : [{ line, before, after: Math.max(0, before - line.quantity) }];
  });
  if (changes.length === 0) return null;
  return (
    <Card title={t("orders.stock.title")}>
      {isTaken ? (
        <p role="status">{t("orders.stock.taken")}</p>
      ) : (
        <>
          <p>{t("orders.stock.text")}</p>
          <ul>
            {changes.map(({ line, before, after }) => (
              <li key={`${line.itemId}/${line.variantId ?? ""}`}>
                {t("orders.stock.change", { title: line.title, before, after })}
              </li>
            ))}
          </ul>
          <Button
            variant="primary"
            onClick={() =>
              publication.open({
                shopId: shop.shopId,
                priceUnit: catalog.priceUnit,
                items: takeFromStock(catalog, items.lines).items,
              })
            }
          >
            {t("orders.stock.button")}
          </Button>
        </>
      )}
      <TransactionDialog handle={publication} />
    </Card>
  );
}
