import { cidOfDigest } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useParams, useSearch } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { orderPath, orderReference } from "../../../lib/orderPath.ts";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { useDocument, useIndexedShop, useOrder } from "../../../market/index.ts";
import "../../../styles/features/receipt.css";
import { ReceiptDocument } from "./ReceiptDocument.tsx";

/**
 * `/receipts/:orderId` (`?copy=shop` for the shop's copy): the order's receipt, from its line items and the shop's
 * legal identity, to print or save as PDF with the browser (its print stylesheet leaves only the receipt).
 */
export function ReceiptPage() {
  const params = useParams<{ orderId: string }>();
  const orderId = parseIdParam(params.orderId);
  if (orderId === undefined) return <NotFoundPage />;
  return <LoadedReceipt orderId={orderId} />;
}

function LoadedReceipt({ orderId }: { orderId: bigint }) {
  const { t } = useTranslation("orders");
  const isShopCopy = new URLSearchParams(useSearch()).get("copy") === "shop";
  const order = useOrder(orderId);
  const items = useDocument("order-items", order.data === undefined ? undefined : cidOfDigest(order.data.itemsDigest));
  const catalog = useDocument("catalog", items.data?.catalogCid);
  const { shop } = useIndexedShop(order.data?.terms.shopId);
  const reference = orderReference(orderId);
  const back = isShopCopy
    ? `~/merchant/shops/${order.data?.terms.shopId ?? ""}/orders/${orderId}`
    : `~${orderPath(orderId)}`;
  return (
    <Page
      title={t("receipt.title", { reference })}
      back={<BackLink href={back}>{t("receipt.back")}</BackLink>}
      actions={
        <Button variant="primary" onClick={() => window.print()} className="receipt__print">
          {t("receipt.print")}
        </Button>
      }
      width="narrow"
      className="receipt-page"
    >
      <p className="muted receipt__print">{t("receipt.pdfHint")}</p>
      {order.isLoading || items.isLoading ? (
        <Spinner label={t("receipt.loading")} />
      ) : order.data === undefined || items.data === undefined ? (
        <Banner tone="error" title={t("receipt.unavailableTitle")}>
          <p>{t("receipt.unavailableText")}</p>
        </Banner>
      ) : (
        <ReceiptDocument
          order={order.data}
          items={items.data}
          catalog={catalog.data}
          shop={shop?.metadata}
          copy={isShopCopy ? "shop" : "buyer"}
        />
      )}
    </Page>
  );
}
