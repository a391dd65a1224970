import type { OrderDetails, OrderItems } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroHash } from "viem";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { errorMessage } from "../../../../transaction/index.ts";
import { useEncryptionKey } from "../../shared/useEncryptionKey.ts";
import { useShippingDetails } from "../../shared/useShippingDetails.ts";
import { ShippingLabel } from "./ShippingLabel.tsx";

/**
 * The delivery address, decrypted in this browser only: the shop's key comes from one signature per session, and the
 * envelope is checked against the digest the order committed to before it is opened. Printable as a label.
 */
export function ShippingCard({ order, items }: { order: OrderDetails; items: OrderItems | undefined }) {
  const { t, i18n } = useTranslation(["merchant", "errors"]);
  const hasAddress = order.shippingDigest !== zeroHash;
  const shopKey = useEncryptionKey(hasAddress ? { role: "shop", shopId: order.terms.shopId } : undefined);
  const details = useShippingDetails(order, shopKey.keys);
  if (!hasAddress) {
    return (
      <Card title={t("shipping.title")}>
        <p>{t("shipping.pickup")}</p>
      </Card>
    );
  }
  return (
    <Card title={t("shipping.title")}>
      {shopKey.keys === undefined ? (
        <div className="stack">
          <PadlockNote>{t("shipping.why")}</PadlockNote>
          <Button
            variant="primary"
            onClick={() => void shopKey.unlock()}
            isLoading={shopKey.isUnlocking}
            disabled={!shopKey.canUnlock}
          >
            {t("shipping.unlock")}
          </Button>
          {shopKey.error !== undefined && (
            <Banner tone="error" title={t("shipping.unlockFailed")}>
              <p>{errorMessage(shopKey.error, t, i18n.language)}</p>
            </Banner>
          )}
        </div>
      ) : details.isLoading ? (
        <Spinner label={t("shipping.decrypting")} />
      ) : details.data !== undefined ? (
        <ShippingLabel order={order} details={details.data} items={items} />
      ) : (
        <Banner tone="error" title={t("shipping.failedTitle")}>
          <p>
            {details.error?.name === "ShippingDigestMismatchError"
              ? t("shipping.digestMismatch")
              : t("shipping.failedText")}
          </p>
        </Banner>
      )}
    </Card>
  );
}
