import { parseShippingDetails, type ShippingDetails } from "@grandrue/sdk";
import type { ShippingDraft } from "./checkoutState.ts";

/**
 * The address the shopper asked this browser to keep, in its localStorage: never sent anywhere (the app reads it to
 * fill the form; it leaves the device only inside the encrypted envelope of an order). One per browser profile.
 */
export const SAVED_ADDRESS_KEY = "grandrue.saved-address";

/** The saved address, or undefined when there is none (or it is damaged: it is then forgotten). */
export function loadSavedAddress(storage: Storage | undefined): ShippingDetails | undefined {
  try {
    const text = storage?.getItem(SAVED_ADDRESS_KEY);
    return text === null || text === undefined ? undefined : parseShippingDetails(JSON.parse(text));
  } catch {
    forgetSavedAddress(storage);
    return undefined;
  }
}

/** Keeps the address in this browser; false when the browser refuses (storage full or disabled). */
export function saveAddress(storage: Storage | undefined, details: ShippingDetails): boolean {
  try {
    storage?.setItem(SAVED_ADDRESS_KEY, JSON.stringify(details));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function forgetSavedAddress(storage: Storage | undefined): void {
  try {
    storage?.removeItem(SAVED_ADDRESS_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** The form's fields from a saved address (the optional ones empty when absent). */
export function draftFromAddress(details: ShippingDetails): ShippingDraft {
  return {
    name: details.name,
    street: details.street,
    postcode: details.postcode,
    city: details.city,
    country: details.country,
    phone: details.phone ?? "",
    instructions: details.instructions ?? "",
  };
}
