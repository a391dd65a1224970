import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroHash } from "viem";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import {
  hasDeviceCopies,
  useOrderDocumentReplicas,
  usePublishOrderDocumentsAgain,
} from "../hooks/useOrderDocuments.ts";

/**
 * For the buyer: how many IPFS nodes keep the order's documents, and "publish again" when one lacks them — from this
 * browser's copy when no node has them any more (the shop needs them to prepare the order).
 */
export function OrderDocumentsCard({ order, isItemsFromDevice }: { order: OrderDetails; isItemsFromDevice: boolean }) {
  const { t } = useTranslation("orders");
  const replicas = useOrderDocumentReplicas(order);
  const publishAgain = usePublishOrderDocumentsAgain(order);
  const held = replicas.data?.held;
  const nodeCount = replicas.data?.nodeCount ?? 0;
  const isLacking = isItemsFromDevice || (held !== undefined && held < nodeCount);
  return (
    <Card title={t("detail.documents.title")}>
      {isItemsFromDevice && (
        <Banner tone="warning" title={t("detail.documents.deviceCopyTitle")}>
          <p>{t("detail.documents.deviceCopyText")}</p>
        </Banner>
      )}
      <p className="muted">
        {held === undefined
          ? t("detail.documents.checking")
          : t(order.shippingDigest === zeroHash ? "detail.documents.held" : "detail.documents.heldWithAddress", {
              held,
              count: nodeCount,
            })}
      </p>
      {publishAgain.error !== null && (
        <Banner tone="error" title={t("detail.documents.failed")}>
          <p>{publishAgain.error.message}</p>
        </Banner>
      )}
      {isLacking && (
        <div className="stack">
          <p>{t(hasDeviceCopies(order) ? "detail.documents.fromDevice" : "detail.documents.fromNodes")}</p>
          <Button isLoading={publishAgain.isPending} onClick={() => publishAgain.mutate()}>
            {t("detail.documents.publishAgain")}
          </Button>
        </div>
      )}
    </Card>
  );
}
