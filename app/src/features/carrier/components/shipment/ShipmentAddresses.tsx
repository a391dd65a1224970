import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { ShippingAddress } from "../../../../components/ui/ShippingAddress.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useIndexedShop } from "../../../../market/index.ts";
import { useEncryptionKey, useShippingDetails } from "../../../merchant/index.ts";

/** Where to pick the parcel up (the shop's published address) and where to take it (decrypted on this phone). */
export function ShipmentAddresses({ order }: { order: OrderDetails }) {
  const { t } = useTranslation("carrier");
  const { shop } = useIndexedShop(order.terms.shopId);
  const carrierKey = useEncryptionKey({ role: "carrier" });
  const details = useShippingDetails(order, carrierKey.keys);
  const from = shop?.metadata;
  return (
    <div className="shipment-addresses">
      <Card title={t("shipment.pickupTitle")} headingLevel={2}>
        {from === undefined ? (
          <Spinner label={t("shipment.loading")} />
        ) : (
          <address className="shipping-address">
            <strong>{from.name}</strong>
            <span>{from.address.street}</span>
            <span>
              {from.address.postcode} {from.address.city}
            </span>
            {from.phone !== undefined && <a href={`tel:${from.phone.replace(/[^+0-9]/g, "")}`}>{from.phone}</a>}
          </address>
        )}
      </Card>
      <Card title={t("shipment.deliveryTitle")} headingLevel={2}>
        {carrierKey.keys === undefined ? (
          <div className="stack">
            <PadlockNote>{t("shipments.addressesWhy")}</PadlockNote>
            <Button
              variant="primary"
              size="large"
              onClick={() => void carrierKey.unlock()}
              isLoading={carrierKey.isUnlocking}
            >
              {t("shipments.showAddresses")}
            </Button>
          </div>
        ) : details.data !== undefined ? (
          <ShippingAddress details={details.data} />
        ) : details.isError ? (
          <Banner tone="error" title={t("shipment.unreadableTitle")}>
            <p>{t("shipment.unreadableText")}</p>
          </Banner>
        ) : (
          <Spinner label={t("shipment.decrypting")} />
        )}
      </Card>
    </div>
  );
}
