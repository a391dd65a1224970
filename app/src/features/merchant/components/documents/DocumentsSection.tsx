import { useTranslation } from "react-i18next";
import "../../../../styles/features/documents.css";
import type { ShopSectionProps } from "../ShopAdminPage.tsx";
import { DocumentChecks } from "./DocumentChecks.tsx";
import { NodeTokens } from "./NodeTokens.tsx";

/**
 * `/merchant/shops/:id/documents`: where the shop's documents live. Each configured IPFS node is asked for each
 * document, its answer checked against the CID, and a missing copy can be published again; the merchant's own tokens
 * for the nodes are kept on this device.
 */
export function DocumentsSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  return (
    <div className="documents">
      <p className="muted">{t("documents.lead")}</p>
      <DocumentChecks shopId={shop.shopId} />
      <NodeTokens />
    </div>
  );
}
