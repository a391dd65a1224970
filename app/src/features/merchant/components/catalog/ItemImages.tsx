import { MAX_ITEM_IMAGES } from "@grandrue/sdk";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { useImageUpload } from "../../hooks/useImageUpload.ts";
import { ImagePicker } from "../form/ImagePicker.tsx";
import { IpfsImage } from "../form/IpfsImage.tsx";

export type ItemImagesProps = { images: string[]; onChange(images: string[]): void; onBusy(isBusy: boolean): void };

/** An item's photos: each resized in the browser, then uploaded; the first one is the item's main picture. */
export function ItemImages({ images, onChange, onBusy }: ItemImagesProps) {
  const { t } = useTranslation("merchant");
  const photo = useImageUpload("item");
  useEffect(() => onBusy(photo.isBusy), [photo.isBusy, onBusy]);
  return (
    <fieldset className="item-images">
      <legend className="field__label">{t("item.images")}</legend>
      {images.length > 0 && (
        <ul className="item-images__list">
          {images.map((cid, index) => (
            <li key={cid}>
              <IpfsImage cid={cid} alt={t("item.imageAlt", { number: index + 1 })} />
              <Button
                size="small"
                variant="quiet"
                aria-label={t("item.removeImage", { number: index + 1 })}
                onClick={() => onChange(images.filter((entry) => entry !== cid))}
              >
                {t("item.remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ImagePicker
        label={t("item.addImage")}
        hint={t("item.imagesHint", { max: MAX_ITEM_IMAGES })}
        state={photo.state}
        isDisabled={images.length >= MAX_ITEM_IMAGES}
        onFile={async (file) => {
          const cid = await photo.upload(file);
          if (cid !== undefined && !images.includes(cid)) onChange([...images, cid]);
        }}
      />
    </fieldset>
  );
}
