import type { ShippingDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";

/** The address as typed, to check before paying (it never leaves the browser unsealed). */
export function ShippingAddress({ details }: { details: ShippingDetails }) {
  const { i18n } = useTranslation();
  const country = new Intl.DisplayNames([i18n.language], { type: "region" }).of(details.country) ?? details.country;
  return (
    <address className="shipping-address">
      <span>{details.name}</span>
      <span>{details.street}</span>
      <span>{`${details.postcode} ${details.city}`}</span>
      <span>{country}</span>
      {details.phone !== undefined && <span>{details.phone}</span>}
      {details.instructions !== undefined && (
        <span className="shipping-address__instructions">{details.instructions}</span>
      )}
    </address>
  );
}
