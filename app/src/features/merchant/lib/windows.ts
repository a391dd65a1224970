import { MAX_SHOP_TERMS, type ShopTerms } from "@grandrue/sdk";

/** The four windows of a shop's terms, in hours, as the form edits them (text as typed). */
export type WindowsForm = Record<keyof ShopTerms, string>;

export const WINDOW_NAMES = [
  "acceptHours",
  "shipHours",
  "deliveryHours",
  "returnHours",
] as const satisfies readonly (keyof ShopTerms)[];

/**
 * Two days to accept, two to prepare or hand over, three to deliver, a week to report a problem: generous for a
 * small shop and reassuring for its customers.
 */
export const DEFAULT_WINDOWS: ShopTerms = { acceptHours: 48, shipHours: 48, deliveryHours: 72, returnHours: 168 };

export function windowsForm(terms: ShopTerms): WindowsForm {
  return {
    acceptHours: String(terms.acceptHours),
    shipHours: String(terms.shipHours),
    deliveryHours: String(terms.deliveryHours),
    returnHours: String(terms.returnHours),
  };
}

/** The windows that are not a whole number of hours from 1 to their maximum (`MAX_SHOP_TERMS`: 30 or 90 days). */
export function invalidWindows(form: WindowsForm): (keyof ShopTerms)[] {
  return WINDOW_NAMES.filter((name) => {
    const text = form[name].trim();
    return !/^[0-9]{1,5}$/.test(text) || Number(text) < 1 || Number(text) > MAX_SHOP_TERMS[name];
  });
}

/** The registry's terms for a valid form. */
export function termsFromForm(form: WindowsForm): ShopTerms {
  return {
    acceptHours: Number(form.acceptHours),
    shipHours: Number(form.shipHours),
    deliveryHours: Number(form.deliveryHours),
    returnHours: Number(form.returnHours),
  };
}
