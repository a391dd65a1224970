import { useEffect, useState } from "react";

export type QrCodeProps = {
  /** What the QR code encodes. */
  text: string;
  /** Width and height in CSS pixels. */
  size: number;
  /** "L" fits long texts (a reward code), "M" survives a scratched screen better (a short delivery code). */
  errorCorrection: "L" | "M";
  alt: string;
  className?: string;
};

/** A QR code drawn in the browser (qrcode, loaded only when one is shown); nothing until it is drawn. */
export function QrCode({ text, size, errorCorrection, alt, className }: QrCodeProps) {
  const [dataUrl, setDataUrl] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    void import("qrcode")
      .then((qrcode) => qrcode.toDataURL(text, { margin: 1, width: size, errorCorrectionLevel: errorCorrection }))
      .then((url) => {
        if (isCurrent) setDataUrl(url);
      });
    return () => {
      isCurrent = false;
    };
  }, [text, size, errorCorrection]);
  if (dataUrl === undefined) return null;
  return <img className={className} src={dataUrl} width={size} height={size} alt={alt} />;
}
