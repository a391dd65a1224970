import type { IndexedShop, ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { shortHex } from "../../../lib/format.ts";
import { useCarriers } from "../../../market/carriers.ts";
import { CarrierFees } from "./CarrierFees.tsx";

/** How to get an order from this shop: at the counter, delivered by the shop, or by the carriers it works with and their prices. */
export function DeliveryOptions({ shop, metadata }: { shop: IndexedShop; metadata: ShopMetadata }) {
  const { t } = useTranslation(["shops", "shopPage"]);
  const carriers = useCarriers();
  return (
    <>
      <ul className="plain-list">
        {metadata.fulfilment.pickup && (
          <li>{t("shopPage:delivery.pickup", { address: `${metadata.address.street}, ${metadata.address.city}` })}</li>
        )}
        {metadata.fulfilment.ownDelivery && <li>{t("shopPage:delivery.ownDelivery")}</li>}
        {shop.isAnyCarrierAccepted && <li>{t("shopPage:delivery.anyCarrier")}</li>}
        {!metadata.fulfilment.pickup &&
          !metadata.fulfilment.ownDelivery &&
          shop.carriers.length === 0 &&
          !shop.isAnyCarrierAccepted && <li>{t("fulfilment.none")}</li>}
      </ul>
      {shop.carriers.map((address) => {
        const carrier = carriers.data?.get(address);
        const profile = carrier?.profile;
        return (
          <div key={address} className="carrier">
            <h3 className="carrier__name">
              {profile?.name ?? t("shopPage:delivery.carrierAt", { address: shortHex(address) })}
            </h3>
            {profile !== undefined ? (
              <>
                <p className="carrier__description prose">{profile.description}</p>
                <CarrierFees profile={profile} />
              </>
            ) : (
              <p className="muted">
                {carriers.isLoading ? t("shopPage:delivery.carrierLoading") : t("shopPage:delivery.carrierUnreadable")}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
