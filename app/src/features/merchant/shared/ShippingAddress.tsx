import type { ShippingDetails } from "@grandrue/sdk";

/** A decrypted delivery address, as a postal address block (text only: it comes from the buyer). */
export function ShippingAddress({ details }: { details: ShippingDetails }) {
  return (
    <address className="shipping-address">
      <strong>{details.name}</strong>
      <span>{details.street}</span>
      <span>
        {details.postcode} {details.city}
      </span>
      <span>{details.country}</span>
      {details.phone !== undefined && <a href={`tel:${details.phone.replace(/[^+0-9]/g, "")}`}>{details.phone}</a>}
      {details.instructions !== undefined && details.instructions !== "" && (
        <p className="shipping-address__instructions">{details.instructions}</p>
      )}
    </address>
  );
}
