// The field schemas the documents are built from (zod), public as `documentFields` so that a service defining its
// own IPFS document, or a tool validating its own input files, applies the same rules and error messages.
export { flag, integerBetween, schemaId } from "./basics.ts";
export { phoneNumber, webUrl } from "./contact.ts";
export { base64Bytes, hexBytes, x25519PublicKey } from "./encoding.ts";
export { address, cid, decimalUint, itemId, slug, slugList } from "./identifiers.ts";
export { legalIdentity, siret, swissUid, vatNumber } from "./legal.ts";
export { countryCode, geohash, location, postalAddress, postcode } from "./location.ts";
export { currencyCode, price, vatRate } from "./money.ts";
export { multilineText, singleLineText } from "./text.ts";
export { clockTime, isoDateTime } from "./time.ts";
