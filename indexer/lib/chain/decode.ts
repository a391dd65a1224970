import { bytes12ToGeohash, cidFromHex, labelFromBytes32 } from "@grandrue/sdk";
import type { Hex } from "viem";

/** A CID from contract bytes; bytes that are not a CID are kept as a marker the fetcher records as invalid. */
export function cidText(bytes: Hex): string | null {
  if (bytes === "0x") return null;
  return cidFromHex(bytes) ?? `invalid:${bytes}`;
}

/** The registry's `bytes12` geohash as text, null for none. */
export function geohashText(bytes: Hex): string | null {
  const geohash = bytes12ToGeohash(bytes);
  return geohash === "" ? null : geohash;
}

/** A label slug from the attestation contract's `bytes32`. */
export const labelText = (bytes: Hex): string => labelFromBytes32(bytes);

/** True when an acceptance lets the shop's items be delivered by a carrier. */
export function acceptsCarrier(acceptance: { carriers: readonly Hex[]; isAnyCarrierAccepted: boolean }): boolean {
  return acceptance.carriers.length > 0 || acceptance.isAnyCarrierAccepted;
}
