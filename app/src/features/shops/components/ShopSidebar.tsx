import type { IndexedShop, ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { AcceptedPayments } from "./AcceptedPayments.tsx";
import { DeliveryOptions } from "./DeliveryOptions.tsx";
import { OpeningStatusText } from "./OpeningStatusText.tsx";
import { ShopTerms } from "./ShopTerms.tsx";
import { WeekHours } from "./WeekHours.tsx";

/** The practical side of a shop: hours, address, how to get an order, how to pay, and its terms. */
export function ShopSidebar({ shop, metadata }: { shop: IndexedShop; metadata: ShopMetadata }) {
  const { t } = useTranslation("shops");
  const { address } = metadata;
  const website = metadata.website?.startsWith("https://") === true ? metadata.website : undefined;
  return (
    <div className="shop-layout__side">
      <Card
        title={t("shop.hoursTitle")}
        subtitle={metadata.openingHours.length === 0 ? undefined : <OpeningStatusText hours={metadata.openingHours} />}
      >
        <WeekHours hours={metadata.openingHours} />
      </Card>
      <Card title={t("shop.addressTitle")}>
        <address className="shop-address">
          {address.street}
          <br />
          {address.postcode} {address.city}
        </address>
        {metadata.phone !== undefined && <p>{t("shop.phone", { phone: metadata.phone })}</p>}
        {website !== undefined && (
          <p>
            <a href={website} rel="noopener noreferrer nofollow" target="_blank">
              {t("shop.website")}
            </a>
          </p>
        )}
      </Card>
      <Card title={t("shop.deliveryTitle")}>
        <DeliveryOptions shop={shop} metadata={metadata} />
      </Card>
      <Card title={t("shop.paymentTitle")}>
        <AcceptedPayments payments={shop.payments} priceUnit={metadata.priceUnit} />
      </Card>
      <Card title={t("shop.termsTitle")}>
        <ShopTerms shop={shop} metadata={metadata} />
      </Card>
    </div>
  );
}
