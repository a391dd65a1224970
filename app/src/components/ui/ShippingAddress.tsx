import type { ShippingDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";

/**
 * A delivery address as a postal address block: the buyer's before paying, the shop's and the carrier's once
 * decrypted. Text only (it comes from the buyer); the country in the reader's language, the phone a link to call.
 */
export function ShippingAddress({ details }: { details: ShippingDetails }) {
  const { i18n } = useTranslation();
  const country = new Intl.DisplayNames([i18n.language], { type: "region" }).of(details.country) ?? details.country;
  return (
    <address className="shipping-address">
      <strong>{details.name}</strong>
      <span>{details.street}</span>
      <span>{`${details.postcode} ${details.city}`}</span>
      <span>{country}</span>
      {details.phone !== undefined && <a href={`tel:${details.phone.replace(/[^+0-9]/g, "")}`}>{details.phone}</a>}
      {details.instructions !== undefined && details.instructions !== "" && (
        <p className="shipping-address__instructions">{details.instructions}</p>
      )}
    </address>
  );
}
