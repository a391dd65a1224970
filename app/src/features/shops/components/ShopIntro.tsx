import type { IndexedShop, ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Stars } from "../../../components/ui/Stars.tsx";
import { useGatewayUrl } from "../hooks/useGatewayUrl.ts";
import { OpeningStatusText } from "./OpeningStatusText.tsx";
import { TagList } from "./TagList.tsx";

/** The top of a shop's page: logo, open now, rating, labels, categories and the shop's story in its own words. */
export function ShopIntro({ shop, metadata }: { shop: IndexedShop; metadata: ShopMetadata }) {
  const { t } = useTranslation("shops");
  const imageUrl = useGatewayUrl();
  const logo = metadata.logo === undefined ? undefined : imageUrl(metadata.logo);
  return (
    <section className="shop-intro" aria-label={t("shop.introLabel")}>
      {logo !== undefined && (
        <img
          className="shop-intro__logo"
          src={logo}
          alt={t("shop.logoAlt", { name: metadata.name })}
          width={96}
          height={96}
        />
      )}
      <div className="shop-intro__facts">
        <p className="shop-intro__line">
          <OpeningStatusText hours={metadata.openingHours} />
        </p>
        <p className="shop-intro__line">
          <Stars rating={shop.rating.count === 0 ? 0 : shop.rating.sum / shop.rating.count} count={shop.rating.count} />
        </p>
        <TagList kind="label" tags={metadata.labels} label={t("shop.labels")} />
        <TagList kind="category" tags={metadata.categories} label={t("shop.categories")} />
      </div>
      {metadata.story !== undefined && (
        <div className="shop-intro__story">
          <h2 className="visually-hidden">{t("shop.story")}</h2>
          <p className="prose">{metadata.story}</p>
        </div>
      )}
    </section>
  );
}
