import { type EncryptionKeyPair, type OrderDetails, orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useIndexedShop } from "../../../../market/index.ts";
import { deadlineInWords, useShippingDetails } from "../../../merchant/index.ts";
import { FeeText } from "../shipment/FeeText.tsx";

/** One parcel: from which shop (its address), to where (decrypted), for what fee, by when; opens the shipment page. */
export function ShipmentCard({
  order,
  now,
  keys,
}: {
  order: OrderDetails;
  now: number | undefined;
  keys: EncryptionKeyPair | undefined;
}) {
  const { t, i18n } = useTranslation("carrier");
  const { shop } = useIndexedShop(order.terms.shopId);
  const details = useShippingDetails(order, keys);
  const from = shop?.metadata;
  const hasDeadline = now !== undefined && (order.state.status === "Accepted" || order.state.status === "Shipped");
  return (
    <article className="shipment-card">
      <h3 className="shipment-card__title">
        <Link href={`/shipments/${orderIdHex(order.orderId)}`} className="shipment-card__link">
          {t("shipments.cardTitle", {
            reference: orderReference(order.orderId),
            shop: from?.name ?? t("shipments.unknownShop"),
          })}
        </Link>
      </h3>
      <p>
        <span className="shipment-card__label">{t("shipments.from")}</span>{" "}
        {from === undefined ? "…" : `${from.address.street}, ${from.address.postcode} ${from.address.city}`}
      </p>
      <p>
        <span className="shipment-card__label">{t("shipments.to")}</span>{" "}
        {details.data !== undefined
          ? `${details.data.name}, ${details.data.street}, ${details.data.postcode} ${details.data.city}`
          : keys === undefined
            ? t("shipments.sealed")
            : details.isError
              ? t("shipments.unreadable")
              : "…"}
      </p>
      <p className="shipment-card__facts">
        <FeeText order={order} />
        {hasDeadline && (
          <span className={order.state.deadline < now ? "deadline deadline--past" : "deadline"}>
            {t(`shipments.deadline.${order.state.status}${order.state.deadline < now ? "Past" : ""}`, {
              when: deadlineInWords(order.state.deadline, now, i18n.language),
            })}
          </span>
        )}
      </p>
    </article>
  );
}
