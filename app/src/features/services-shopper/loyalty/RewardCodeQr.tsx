import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** The reward code as a QR code for the shop's scanner, drawn in the browser (qrcode, loaded only when shown). */
export function RewardCodeQr({ code }: { code: string }) {
  const { t } = useTranslation("services");
  const [dataUrl, setDataUrl] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    void import("qrcode")
      .then((qrcode) => qrcode.toDataURL(code, { margin: 1, width: 280, errorCorrectionLevel: "L" }))
      .then((url) => {
        if (isCurrent) setDataUrl(url);
      });
    return () => {
      isCurrent = false;
    };
  }, [code]);
  if (dataUrl === undefined) return null;
  return <img className="reward-code__qr" src={dataUrl} width={280} height={280} alt={t("reward.qrAlt")} />;
}
