import type { OrderDetails, OrderItems } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { PadlockIcon } from "../../../components/ui/icons.tsx";
import { QrCode } from "../../../components/ui/QrCode.tsx";
import { useDeliveryCode } from "../hooks/useDeliveryCode.ts";

/**
 * The delivery code to give at handover, as text and as a QR code, hidden until the buyer asks: whoever has it can
 * confirm the delivery, so it stays off the screen until it is needed.
 */
export function DeliveryCodeCard({ order, items }: { order: OrderDetails; items: OrderItems | undefined }) {
  const { t } = useTranslation("orders");
  const handle = useDeliveryCode(order.orderId, order.terms.codeHash, items?.nonce);
  return (
    <Card
      title={
        <>
          <PadlockIcon /> {t("code.title")}
        </>
      }
      className="delivery-code"
    >
      <p>{t("code.text")}</p>
      {handle.code === undefined ? (
        <>
          <p className="muted">{t("code.hidden")}</p>
          <Button variant="primary" onClick={() => void handle.reveal()} isLoading={handle.isRevealing}>
            {t("code.show")}
          </Button>
          {handle.isRevealing && <p className="muted">{t("code.signing")}</p>}
        </>
      ) : (
        <div className="delivery-code__shown">
          <p className="delivery-code__text">
            <span aria-hidden="true">{handle.code}</span>
            <span className="visually-hidden">{t("code.label", { code: handle.code.split("").join(" ") })}</span>
          </p>
          <QrCode
            className="delivery-code__qr"
            text={handle.code}
            size={240}
            errorCorrection="M"
            alt={t("code.qrAlt")}
          />
        </div>
      )}
      {handle.error !== undefined && (
        <Banner tone="error" title={t("code.errorTitle")}>
          <p>{t("code.errorText")}</p>
        </Banner>
      )}
    </Card>
  );
}
