/**
 * Every import of the Grandrue SDK the indexer makes, in one file: the SDK is becoming the package `@grandrue/sdk`,
 * and only these paths change when it does.
 */
export { parseDeployment, type Deployment } from '../../sdk/src/deployment.ts'
export { deliveryAttestationsAbi, labelAttestationsAbi, reviewsAbi, shopRegistryAbi } from '../../sdk/src/generated/abis.ts'
export { bytes12ToGeohash, cidFromHex } from '../../sdk/src/shops/encoding.ts'
export { labelFromBytes32 } from '../../sdk/src/services/labels/labelSlug.ts'
export { createIpfsReader, type IpfsReader } from '../../sdk/src/ipfs/index.ts'
export { parseCatalog, parseShopMetadata, type Catalog, type ShopMetadata } from '../../sdk/src/documents/index.ts'
export {
  DEFAULT_LIMIT,
  DEFAULT_RADIUS_METRES,
  MATCH_WEIGHTS,
  MAX_QUERY_TERMS,
  analyseQuery,
  distanceDecay,
  maxTypos,
  allowsPrefix,
  normaliseTag,
  roundScore,
  tokenize,
  keepMeaningfulTerm,
} from '../../sdk/src/discovery/search/index.ts'
export { cellsCovering, encodeGeohash, isValidLatLon, EARTH_RADIUS_METRES } from '../../sdk/src/discovery/geo/index.ts'
