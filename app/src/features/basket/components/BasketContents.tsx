import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import "../../../styles/features/basket.css";
import { usePlace } from "../../../place/usePlace.ts";
import { useBasketGroups } from "../pricing/useBasketGroups.ts";
import { BasketSummary } from "./BasketSummary.tsx";
import { PlaceNote } from "./PlaceNote.tsx";
import { ShopGroupCard } from "./ShopGroupCard.tsx";

/** The basket's shops with their lines, delivery and payment choices, and the summary leading to checkout. */
export function BasketContents() {
  const { t } = useTranslation("orders");
  const { groups, isLoading, error } = useBasketGroups();
  const [place] = usePlace();
  return (
    <>
      {isLoading && <Spinner label={t("basket.loading")} />}
      {error !== null && (
        <Banner tone="warning" title={t("basket.offlineTitle")}>
          <p>{t("basket.offlineText")}</p>
        </Banner>
      )}
      <PlaceNote place={place} />
      {groups.map((group) => (
        <ShopGroupCard key={group.shopId} group={group} isLoading={isLoading} />
      ))}
      {!isLoading && <BasketSummary groups={groups} />}
    </>
  );
}
