/** A point on the globe in decimal degrees (WGS 84). */
export type LatLon = { lat: number; lon: number };

/**
 * A latitude/longitude rectangle in decimal degrees.
 * When `minLon > maxLon` the box crosses the antimeridian (±180°): it spans
 * `[minLon, 180]` plus `[-180, maxLon]`. {@link splitAtAntimeridian} turns it into plain boxes.
 */
export type BoundingBox = { minLat: number; minLon: number; maxLat: number; maxLon: number };

/** A decoded geohash: the centre of its cell and the half-size of the cell in degrees. */
export type DecodedGeohash = LatLon & { latError: number; lonError: number };
