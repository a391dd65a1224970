import {
  CARRIER_SCHEMA_ID,
  CARRIER_VEHICLES,
  type CarrierProfile,
  carrierProfileSchema,
  parseWithSchema,
} from "@grandrue/sdk";
import type { Hex } from "viem";
import { CliError } from "./errors.ts";

/** How the file is described in `carrier register --help`. */
export const CARRIER_FILE_HELP = `The carrier file is JSON with the grandrue.carrier/1 fields except schema and encryptionPublicKey:
  name, description, serviceArea {geohashes: [cells], postcodes: [codes]}, fees [{label, maxDistanceKm?, price}]
  (at least one), priceUnit (EUR, CHF…), sustainability?, vehicle? (${CARRIER_VEHICLES.join(", ")}), website?

The carrier's encryption key is derived from the signing wallet and its public half published in the profile, so
buyers can seal their shipping details to the carrier.

Example:
  {
    "name": "Les Biclous", "description": "Bike couriers of the town centre.",
    "serviceArea": { "geohashes": ["u0k8"], "postcodes": ["45600"] },
    "fees": [{ "label": "Within 5 km", "maxDistanceKm": 5, "price": "4.50" }],
    "priceUnit": "EUR", "vehicle": "cargo-bike"
  }`;

/** What the carrier file holds: the profile, less what the CLI adds. */
export type CarrierFile = Record<string, unknown>;

/**
 * Checks that a carrier file is a JSON object that leaves `schema` and `encryptionPublicKey` to the CLI.
 * @throws CliError otherwise.
 */
export function checkCarrierFile(json: unknown, path: string): CarrierFile {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new CliError(`${path} must hold a JSON object`);
  for (const key of ["schema", "encryptionPublicKey"]) {
    if (key in json) throw new CliError(`${path} must not set ${key}: the CLI adds it`);
  }
  return json as CarrierFile;
}

/**
 * The carrier's `grandrue.carrier/1` profile: the file's fields with the schema id and the derived public key.
 * @throws DocumentValidationError naming each invalid field.
 */
export function carrierProfile(file: CarrierFile, encryptionPublicKey: Hex): CarrierProfile {
  return parseWithSchema("carrier file", carrierProfileSchema, {
    ...file,
    schema: CARRIER_SCHEMA_ID,
    encryptionPublicKey,
  });
}
