import type { CatalogItem } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ItemImage } from "./ItemImage.tsx";

/** An item's pictures: the chosen one large, the others as buttons to show them. */
export function ItemGallery({ item }: { item: CatalogItem }) {
  const { t } = useTranslation("shopPage");
  const [shown, setShown] = useState(0);
  const images = item.images;
  return (
    <div className="item-gallery">
      <ItemImage
        cid={images[shown]}
        alt={t("item.imageAlt", { title: item.title, number: shown + 1, count: Math.max(images.length, 1) })}
        className="item-gallery__main"
        size={640}
      />
      {images.length > 1 && (
        <ul className="item-gallery__thumbs">
          {images.map((cid, index) => (
            <li key={cid}>
              <button
                type="button"
                className="item-gallery__thumb"
                aria-pressed={index === shown}
                onClick={() => setShown(index)}
                aria-label={t("item.showImage", { number: index + 1 })}
              >
                <ItemImage cid={cid} size={64} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
