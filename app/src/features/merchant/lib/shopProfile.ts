import { encodeGeohash, isValidLatLon, SHOP_SCHEMA_ID, type ShopMetadata } from "@grandrue/sdk";
import type { Hex } from "viem";
import { type DayHours, fromOpeningPeriods, toOpeningPeriods, weekWithoutHours } from "./openingHours.ts";

/** The price units a shop can choose in the app. */
export const PRICE_UNITS = ["EUR", "CHF"] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** Geohash precision of a shop's published location: 9 characters, a cell of about 5 m. */
export const SHOP_GEOHASH_PRECISION = 9;

/** What a shop says about itself (`grandrue.shop/2` without its key), as the form edits it: every field as typed. */
export type ShopProfileForm = {
  name: string;
  description: string;
  story: string;
  /** CID of the uploaded logo. */
  logo?: string;
  /**
   * A logo picked but not (yet) saved: still being sent, or refused or failed. The form is not published then, so
   * that a shop never opens without the logo its merchant chose and without a word about it.
   */
  logoProblem?: "saving" | "notSaved";
  street: string;
  postcode: string;
  city: string;
  country: string;
  lat: string;
  lon: string;
  week: DayHours[];
  categories: string[];
  labels: string[];
  priceUnit: PriceUnit;
  pickup: boolean;
  ownDelivery: boolean;
  returnsText: string;
  deliveryText: string;
  otherText: string;
  website: string;
  phone: string;
  /** The legal identity printed on receipts: all optional, as typed. */
  legalName: string;
  siret: string;
  ide: string;
  vatNumber: string;
};

/** A field of the form that can be wrong; `hours.<day>` names a day. */
export type ShopProfileField =
  | Exclude<keyof ShopProfileForm, "week" | "logoProblem" | "priceUnit" | "pickup" | "ownDelivery">
  | `hours.${number}`;

/** Why a field is wrong: a key of `merchant:form.errors`. */
export type FieldProblem =
  | "required"
  | "tooLong"
  | "postcode"
  | "country"
  | "latitude"
  | "longitude"
  | "website"
  | "phone"
  | "hoursTime"
  | "hoursOrder"
  | "hoursOverlap"
  | "tooMany"
  | "siret"
  | "ide"
  | "vatNumber"
  | "legalNameNeeded"
  | "logoSaving"
  | "logoNotSaved";

export type ShopProfileProblems = Partial<Record<ShopProfileField, FieldProblem>>;

export function emptyShopProfile(): ShopProfileForm {
  return {
    name: "",
    description: "",
    story: "",
    street: "",
    postcode: "",
    city: "",
    country: "FR",
    lat: "",
    lon: "",
    week: weekWithoutHours(),
    categories: [],
    labels: [],
    priceUnit: "EUR",
    pickup: true,
    ownDelivery: false,
    returnsText: "",
    deliveryText: "",
    otherText: "",
    website: "",
    phone: "",
    legalName: "",
    siret: "",
    ide: "",
    vatNumber: "",
  };
}

/** The form filled with a published document, to edit it. */
export function shopProfileFromMetadata(metadata: ShopMetadata): ShopProfileForm {
  return {
    name: metadata.name,
    description: metadata.description,
    story: metadata.story ?? "",
    logo: metadata.logo,
    street: metadata.address.street,
    postcode: metadata.address.postcode,
    city: metadata.address.city,
    country: metadata.address.country,
    lat: String(metadata.location.lat),
    lon: String(metadata.location.lon),
    week: fromOpeningPeriods(metadata.openingHours),
    categories: [...metadata.categories],
    labels: [...metadata.labels],
    priceUnit: metadata.priceUnit === "CHF" ? "CHF" : "EUR",
    pickup: metadata.fulfilment.pickup,
    ownDelivery: metadata.fulfilment.ownDelivery,
    returnsText: metadata.terms.returns ?? "",
    deliveryText: metadata.terms.delivery ?? "",
    otherText: metadata.terms.other ?? "",
    website: metadata.website ?? "",
    phone: metadata.phone ?? "",
    legalName: metadata.legal?.name ?? "",
    siret: metadata.legal?.siret ?? "",
    ide: metadata.legal?.ide ?? "",
    vatNumber: metadata.legal?.vatNumber ?? "",
  };
}

/** The legal numbers as the documents write them: a SIRET without spaces, a VAT number in capitals. */
export function legalNumbers(form: Pick<ShopProfileForm, "siret" | "ide" | "vatNumber">) {
  const vat = form.vatNumber.trim().toUpperCase();
  return {
    siret: form.siret.replace(/\s/g, ""),
    ide: form.ide.trim().toUpperCase(),
    vatNumber: vat.startsWith("CHE") ? vat.replace(/\s+/g, " ") : vat.replace(/\s/g, ""),
  };
}

/** A coordinate as typed ("47,7176" works), or NaN. */
export function parseCoordinate(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text.trim().replace(",", "."));
}

/** The shop's point, when both coordinates are valid. */
export function shopPoint(form: Pick<ShopProfileForm, "lat" | "lon">): { lat: number; lon: number } | undefined {
  const point = { lat: parseCoordinate(form.lat), lon: parseCoordinate(form.lon) };
  return isValidLatLon(point) ? point : undefined;
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * The `grandrue.shop/2` document for a valid form (check it with `validateShopProfile` first; `parseShopMetadata`
 * then validates the result). Line ends are normalised to `\n`, as the schema asks.
 */
export function shopMetadataFromForm(form: ShopProfileForm, encryptionPublicKey: Hex): ShopMetadata {
  const point = shopPoint(form);
  if (point === undefined) throw new RangeError("The shop's coordinates are not valid: validate the form first");
  const multiline = (text: string) => text.replace(/\r\n?/g, "\n").trim();
  const terms = {
    returns: optionalText(multiline(form.returnsText)),
    delivery: optionalText(multiline(form.deliveryText)),
    other: optionalText(multiline(form.otherText)),
  };
  return {
    schema: SHOP_SCHEMA_ID,
    name: form.name.trim(),
    description: multiline(form.description),
    ...(optionalText(form.story) !== undefined && { story: multiline(form.story) }),
    ...(form.logo !== undefined && { logo: form.logo }),
    address: {
      street: form.street.trim(),
      postcode: form.postcode.trim(),
      city: form.city.trim(),
      country: form.country,
    },
    location: { ...point, geohash: encodeGeohash(point, SHOP_GEOHASH_PRECISION) },
    openingHours: toOpeningPeriods(form.week),
    categories: form.categories,
    labels: form.labels,
    priceUnit: form.priceUnit,
    encryptionPublicKey,
    terms: Object.fromEntries(Object.entries(terms).filter(([, text]) => text !== undefined)),
    fulfilment: { pickup: form.pickup, ownDelivery: form.ownDelivery },
    ...(optionalText(form.website) !== undefined && { website: form.website.trim() }),
    ...(optionalText(form.phone) !== undefined && { phone: form.phone.trim() }),
    ...legalIdentity(form),
  };
}

function legalIdentity(form: ShopProfileForm): Pick<ShopMetadata, "legal"> {
  const name = optionalText(form.legalName);
  if (name === undefined) return {};
  const { siret, ide, vatNumber } = legalNumbers(form);
  return {
    legal: { name, ...(siret !== "" && { siret }), ...(ide !== "" && { ide }), ...(vatNumber !== "" && { vatNumber }) },
  };
}
