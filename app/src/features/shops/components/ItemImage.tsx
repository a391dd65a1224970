import { useTranslation } from "react-i18next";
import { classNames } from "../../../components/ui/classNames.ts";
import { useGatewayUrl } from "../hooks/useGatewayUrl.ts";

export type ItemImageProps = { cid: string | undefined; alt?: string; className?: string; size?: number };

/** An item's picture from the IPFS gateway (never from anywhere else), or a plain placeholder when it has none. */
export function ItemImage({ cid, alt = "", className, size = 320 }: ItemImageProps) {
  const { t } = useTranslation("shops");
  const url = useGatewayUrl()(cid ?? "");
  if (cid === undefined || url === undefined) {
    const placeholder = classNames("item-image", "item-image--none", className);
    if (alt === "") return <div className={placeholder} />;
    return <div className={placeholder} role="img" aria-label={t("catalog.noImage")} />;
  }
  return (
    <img
      className={classNames("item-image", className)}
      src={url}
      alt={alt}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
    />
  );
}
