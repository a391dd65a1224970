import { DocumentValidationError, parseShippingDetails, type ShippingDetails } from "@grandrue/sdk";

export const SHIPPING_FIELDS = ["name", "street", "postcode", "city", "country", "phone", "instructions"] as const;
export type ShippingField = (typeof SHIPPING_FIELDS)[number];
/** The address form as typed; kept in memory only, unless the shopper asks this browser to keep it (savedAddress.ts). */
export type ShippingDraft = Record<ShippingField, string>;

/** A paid order, for the links shown once the payment went through. */
export type PaidOrderLink = { shopName: string; orderId: bigint };

/**
 * Where the checkout stands: the address and zones being entered, the review before the wallet opens, then the
 * paid orders. `invalid` names the fields (or `zone:<shopId>`) to fix.
 */
export type CheckoutState = {
  step: "details" | "review" | "paid";
  draft: ShippingDraft;
  /** The carrier fee zone chosen per shop id when the shopper's place is unknown. */
  zones: Readonly<Record<string, string>>;
  invalid: readonly string[];
  /** Whether the shopper moved between steps (the new step then takes the focus). */
  hasChangedStep: boolean;
  /** The validated details, set when leaving the details step with an address. */
  details?: ShippingDetails;
  paid: readonly PaidOrderLink[];
};

export type CheckoutEvent =
  | { type: "edit"; field: ShippingField; value: string }
  | { type: "chooseZone"; shopId: string; label: string }
  /** Leave the details step: validate the address if an order needs one, and check every needed zone is chosen. */
  | { type: "submit"; needsAddress: boolean; zoneShopIds: readonly string[] }
  | { type: "back" }
  | { type: "paid"; orders: readonly PaidOrderLink[] };

export const INITIAL_CHECKOUT: CheckoutState = {
  step: "details",
  draft: { name: "", street: "", postcode: "", city: "", country: "FR", phone: "", instructions: "" },
  zones: {},
  invalid: [],
  hasChangedStep: false,
  paid: [],
};

function cleaned(draft: ShippingDraft): Record<string, string> {
  const entries = Object.entries(draft).map(
    ([field, value]) => [field, field === "country" ? value.trim().toUpperCase() : value.trim()] as const,
  );
  return Object.fromEntries(
    entries.filter(([field, value]) => value !== "" || (field !== "phone" && field !== "instructions")),
  );
}

/** Validates the address with the SDK's rules: the details, or the fields to fix. */
export function validateShipping(draft: ShippingDraft): { details: ShippingDetails } | { invalid: ShippingField[] } {
  try {
    return { details: parseShippingDetails(cleaned(draft)) };
  } catch (error) {
    if (!(error instanceof DocumentValidationError)) throw error;
    const fields = error.issues.map((issue) => issue.path.split(".")[0] as ShippingField);
    return { invalid: SHIPPING_FIELDS.filter((field) => fields.includes(field)) };
  }
}

/** The checkout's steps. Nothing typed is lost going back, or when the payment fails or is refused. */
export function checkoutReducer(state: CheckoutState, event: CheckoutEvent): CheckoutState {
  switch (event.type) {
    case "edit":
      return {
        ...state,
        draft: { ...state.draft, [event.field]: event.value },
        invalid: state.invalid.filter((field) => field !== event.field),
      };
    case "chooseZone":
      return {
        ...state,
        zones: { ...state.zones, [event.shopId]: event.label },
        invalid: state.invalid.filter((field) => field !== `zone:${event.shopId}`),
      };
    case "submit": {
      if (state.step === "paid") return state;
      const missingZones = event.zoneShopIds
        .filter((shopId) => state.zones[shopId] === undefined)
        .map((shopId) => `zone:${shopId}`);
      const shipping = event.needsAddress ? validateShipping(state.draft) : undefined;
      const invalid = [...(shipping !== undefined && "invalid" in shipping ? shipping.invalid : []), ...missingZones];
      if (invalid.length > 0) return { ...state, invalid };
      return {
        ...state,
        step: "review",
        invalid: [],
        hasChangedStep: true,
        details: shipping !== undefined && "details" in shipping ? shipping.details : undefined,
      };
    }
    case "back":
      return state.step === "review" ? { ...state, step: "details", hasChangedStep: true } : state;
    case "paid":
      return { ...state, step: "paid", paid: event.orders };
  }
}
