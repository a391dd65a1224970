export type { BoundingBox, DecodedGeohash, LatLon } from './types.ts'
export { InvalidCoordinatesError, InvalidDistanceError, InvalidGeohashError } from './errors.ts'
export { assertValidDistance, assertValidLatLon, isValidLatLon } from './validate.ts'
export { EARTH_RADIUS_METRES, haversineMetres } from './haversine.ts'
export {
  DEFAULT_GEOHASH_PRECISION,
  MAX_GEOHASH_PRECISION,
  decodeGeohash,
  encodeGeohash,
  geohashBoundingBox,
  geohashNeighbours,
  isGeohash,
} from './geohash.ts'
export { boundingBoxAround, boundingBoxContains, splitAtAntimeridian } from './bounding-box.ts'
export { MAX_COVERING_CELLS, cellsCovering, coveringPrecision, geohashCellSizeDegrees } from './cells-covering.ts'
export { GeoPointIndex } from './geo-point-index.ts'
export type { PointDistance } from './geo-point-index.ts'
