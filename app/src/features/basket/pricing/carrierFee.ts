import { type CarrierFee, type CarrierProfile, encodeGeohash, type LatLon, priceToMinorUnits } from "@grandrue/sdk";

/**
 * The fee of a carrier's table that applies to a distance: the one with the smallest `maxDistanceKm` that still
 * covers it, else the fee without a distance limit; undefined when the distance is beyond every fee.
 * @example applicableFee([{ label: "< 1.5 km", maxDistanceKm: 1.5, price: "3.50" }, { label: "Beyond", price: "8.50" }], 0.4) // the 3.50 fee
 */
export function applicableFee(fees: readonly CarrierFee[], distanceKm: number): CarrierFee | undefined {
  const covering = fees
    .filter((fee) => fee.maxDistanceKm !== undefined && distanceKm <= fee.maxDistanceKm)
    .sort((a, b) => (a.maxDistanceKm ?? 0) - (b.maxDistanceKm ?? 0));
  return covering[0] ?? fees.find((fee) => fee.maxDistanceKm === undefined);
}

/** The cheapest and dearest fees of a table, in its price unit, for "3.50 € to 8.50 € depending on distance". */
export function feeRange(fees: readonly CarrierFee[], unitDecimals: number): { lowest: string; highest: string } {
  const sorted = [...fees].sort((a, b) =>
    Number(priceToMinorUnits(a.price, unitDecimals) - priceToMinorUnits(b.price, unitDecimals)),
  );
  return { lowest: sorted[0]!.price, highest: sorted[sorted.length - 1]!.price };
}

/** Whether a point lies in one of the carrier's geohash cells (a carrier listing only postcodes serves everywhere it says). */
export function servesPlace(profile: Pick<CarrierProfile, "serviceArea">, place: LatLon): boolean {
  const { geohashes } = profile.serviceArea;
  if (geohashes.length === 0) return true;
  const cell = encodeGeohash(place, 12);
  return geohashes.some((prefix) => cell.startsWith(prefix));
}
