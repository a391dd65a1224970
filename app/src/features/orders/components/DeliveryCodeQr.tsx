import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** The code as a QR code for the courier's phone, drawn in the browser (qrcode, loaded only when a code is shown). */
export function DeliveryCodeQr({ code }: { code: string }) {
  const { t } = useTranslation("orders");
  const [dataUrl, setDataUrl] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    void import("qrcode")
      .then((qrcode) => qrcode.toDataURL(code, { margin: 1, width: 240, errorCorrectionLevel: "M" }))
      .then((url) => {
        if (isCurrent) setDataUrl(url);
      });
    return () => {
      isCurrent = false;
    };
  }, [code]);
  if (dataUrl === undefined) return null;
  return <img className="delivery-code__qr" src={dataUrl} width={240} height={240} alt={t("code.qrAlt")} />;
}
