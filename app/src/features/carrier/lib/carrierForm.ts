import {
  CARRIER_SCHEMA_ID,
  type CarrierProfile,
  type CarrierVehicle,
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_CARRIER_NAME_LENGTH,
  MAX_FEE_LABEL_LENGTH,
  MAX_SUSTAINABILITY_LENGTH,
  MAX_URL_LENGTH,
  PRICE_PATTERN,
} from "@grandrue/sdk";
import type { Hex } from "viem";

/** One line of the fee table as typed: "Up to 5 km", 5, "5,90". */
export type FeeRow = { label: string; maxDistanceKm: string; price: string };

/** A carrier's public profile as the form edits it. */
export type CarrierForm = {
  name: string;
  description: string;
  /** Postcodes as typed, separated by commas or spaces. */
  postcodes: string;
  geohashes: string[];
  fees: FeeRow[];
  priceUnit: "EUR" | "CHF";
  vehicle: CarrierVehicle | "";
  sustainability: string;
  website: string;
};

export type CarrierField = "name" | "description" | "postcodes" | "area" | "fees" | "sustainability" | "website";
/** Why a field is wrong: a key of `carrier:form.errors`. */
export type CarrierProblems = Partial<Record<CarrierField, string>>;

const POSTCODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/;

export function emptyCarrierForm(): CarrierForm {
  return {
    name: "",
    description: "",
    postcodes: "",
    geohashes: [],
    fees: [{ label: "", maxDistanceKm: "", price: "" }],
    priceUnit: "EUR",
    vehicle: "",
    sustainability: "",
    website: "",
  };
}

export function carrierFormFromProfile(profile: CarrierProfile): CarrierForm {
  return {
    name: profile.name,
    description: profile.description,
    postcodes: profile.serviceArea.postcodes.join(", "),
    geohashes: [...profile.serviceArea.geohashes],
    fees: profile.fees.map((fee) => ({
      label: fee.label,
      maxDistanceKm: fee.maxDistanceKm === undefined ? "" : String(fee.maxDistanceKm),
      price: fee.price,
    })),
    priceUnit: profile.priceUnit === "CHF" ? "CHF" : "EUR",
    vehicle: profile.vehicle ?? "",
    sustainability: profile.sustainability ?? "",
    website: profile.website ?? "",
  };
}

/** The postcodes typed, one by one ("45600, 45500 45570" → three). */
export function splitPostcodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    ),
  ];
}

function normalizeNumber(text: string): string {
  return text
    .trim()
    .replace(/[\s€]|CHF|EUR/gi, "")
    .replace(",", ".");
}

function feeProblem(fee: FeeRow): boolean {
  const distance = normalizeNumber(fee.maxDistanceKm);
  const price = normalizeNumber(fee.price);
  const isDistanceValid =
    distance === "" || (Number.isFinite(Number(distance)) && Number(distance) > 0 && Number(distance) <= 20_000);
  const isPriceValid = PRICE_PATTERN.test(price) && (price.split(".")[1]?.length ?? 0) <= 2;
  return fee.label.trim() === "" || fee.label.length > MAX_FEE_LABEL_LENGTH || !isDistanceValid || !isPriceValid;
}

/**
 * What is wrong with the profile before it is signed and published: a name, at least one place served (a postcode
 * or a map cell), and a fee table whose every line has a label and a price.
 * @example validateCarrierForm(emptyCarrierForm()).area // "noArea"
 */
export function validateCarrierForm(form: CarrierForm): CarrierProblems {
  const problems: CarrierProblems = {};
  if (form.name.trim() === "") problems.name = "required";
  else if (form.name.length > MAX_CARRIER_NAME_LENGTH) problems.name = "tooLong";
  if (form.description.length > MAX_CARRIER_DESCRIPTION_LENGTH) problems.description = "tooLong";
  const postcodes = splitPostcodes(form.postcodes);
  if (postcodes.some((postcode) => !POSTCODE.test(postcode))) problems.postcodes = "postcode";
  if (postcodes.length === 0 && form.geohashes.length === 0) problems.area = "noArea";
  if (form.fees.length === 0 || form.fees.some(feeProblem)) problems.fees = "fees";
  if (form.sustainability.length > MAX_SUSTAINABILITY_LENGTH) problems.sustainability = "tooLong";
  if (form.website.trim().length > MAX_URL_LENGTH) problems.website = "tooLong";
  else if (form.website.trim() !== "" && !/^https:\/\/[^\s/@]+\.[^\s@]+$/.test(form.website.trim()))
    problems.website = "website";
  return problems;
}

/** The `grandrue.carrier/1` document of a valid form, with the carrier's encryption key. */
export function carrierProfileFromForm(form: CarrierForm, encryptionPublicKey: Hex): CarrierProfile {
  const sustainability = form.sustainability.replace(/\r\n?/g, "\n").trim();
  const website = form.website.trim();
  return {
    schema: CARRIER_SCHEMA_ID,
    name: form.name.trim(),
    description: form.description.replace(/\r\n?/g, "\n").trim(),
    serviceArea: { geohashes: form.geohashes, postcodes: splitPostcodes(form.postcodes) },
    fees: form.fees.map((fee) => {
      const distance = normalizeNumber(fee.maxDistanceKm);
      return {
        label: fee.label.trim(),
        ...(distance !== "" && { maxDistanceKm: Number(distance) }),
        price: normalizeNumber(fee.price),
      };
    }),
    priceUnit: form.priceUnit,
    encryptionPublicKey,
    ...(sustainability !== "" && { sustainability }),
    ...(form.vehicle !== "" && { vehicle: form.vehicle }),
    ...(website !== "" && { website }),
  };
}
