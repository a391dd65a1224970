import {
  DEV_TOKEN_SYMBOLS,
  type Deployment,
  documentFields,
  encodeGeohash,
  isValidLatLon,
  parseWithSchema,
  type ShopAcceptance,
  shopMetadataSchema,
} from "@grandrue/sdk";
import { type Address, getAddress, isAddress } from "viem";
import * as z from "zod/mini";
import { isDevTokenSymbol, parseTokenArgument, resolveTokenArgument } from "./tokens.ts";

const { address, decimalUint, flag, integerBetween } = documentFields;

/** Bounds of the registry's lists (ShopRegistry.MAX_PAYMENT_OPTIONS, MAX_CARRIERS, MAX_ARBITRATORS). */
const MAX_PAYMENT_OPTIONS = 16;
const MAX_CARRIERS = 32;
const MAX_ARBITRATORS = 16;

const hours = integerBetween(1, 65_535, "a whole number of hours from 1 to 65535");
const tokenReference = z.string({ error: "must be a string" }).check(
  z.refine((value) => value === "native" || isAddress(value) || isDevTokenSymbol(value), {
    error: `must be "native", ${DEV_TOKEN_SYMBOLS.map((symbol) => `"${symbol}"`).join(", ")} or a token address`,
  }),
);
const arbitratorReference = z.string({ error: "must be a string" }).check(
  z.refine((value) => value === "mediator" || isAddress(value), {
    error: 'must be "mediator" or an arbitrator address',
  }),
);

/** The file `shop register --file` reads: the shop's metadata, its service windows and what it accepts. */
export const shopFileSchema = z.strictObject({
  metadata: z.omit(shopMetadataSchema, { schema: true, encryptionPublicKey: true }),
  terms: z.strictObject({ acceptHours: hours, shipHours: hours, deliveryHours: hours, returnHours: hours }),
  acceptance: z.strictObject({
    payments: z
      .array(
        z.strictObject({
          token: tokenReference,
          rate: decimalUint(256).check(z.refine((rate) => BigInt(rate) > 0n, { error: "must be more than 0" })),
        }),
        { error: "must be a list" },
      )
      .check(
        z.minLength(1, { error: "must name at least one way to pay" }),
        z.maxLength(MAX_PAYMENT_OPTIONS, { error: `must have at most ${MAX_PAYMENT_OPTIONS} entries` }),
      ),
    carriers: z._default(
      z
        .array(address, { error: "must be a list" })
        .check(z.maxLength(MAX_CARRIERS, { error: `must have at most ${MAX_CARRIERS} entries` })),
      [],
    ),
    anyCarrier: z._default(flag, false),
    arbitrators: z._default(
      z
        .array(arbitratorReference, { error: "must be a list" })
        .check(z.maxLength(MAX_ARBITRATORS, { error: `must have at most ${MAX_ARBITRATORS} entries` })),
      ["mediator"],
    ),
    anyArbitrator: z._default(flag, false),
  }),
  payout: z.optional(address),
});

export type ShopFile = z.output<typeof shopFileSchema>;

/** How the file is described in `shop register --help`. */
export const SHOP_FILE_HELP = `The shop file is JSON with four parts:
  metadata    the grandrue.shop/2 fields except schema and encryptionPublicKey: name, description, story?,
              logo? (a CID), address {street, postcode, city, country}, location {lat, lon, geohash?} (the geohash
              is computed at 9 characters when left out), openingHours [{day 0=Monday…6, opens, closes}],
              categories, labels (lower-case slugs), priceUnit (EUR, CHF…), terms {returns?, delivery?, other?}
              (texts), fulfilment {pickup, ownDelivery}, website?, phone?
  terms       the service windows in hours: acceptHours, shipHours, deliveryHours, returnHours (1 to 65535)
  acceptance  payments [{token: "native", "EURC" (the deployment's development EURC, 6 decimals) or an ERC-20
              address, rate: token base units per one price unit, as a decimal string: "1000000" for one EURC per
              euro}], carriers [addresses] and anyCarrier (default false), arbitrators ["mediator"
              (the deployment's mediator) or addresses] (default ["mediator"]) and anyArbitrator (default false)
  payout      where the revenue goes (default: the signing account)

The shop's encryption key is derived from the signing wallet (nothing to store: signing again gives it back) and
its public half is published in the metadata, so buyers can seal their shipping details to the shop.

Example (1 EUR = 0.0003 ETH, i.e. 300000000000000 wei):
  {
    "metadata": {
      "name": "Boulangerie du Coin", "description": "Sourdough bread baked every morning.",
      "address": { "street": "12 rue de la Roquette", "postcode": "75011", "city": "Paris", "country": "FR" },
      "location": { "lat": 48.8566, "lon": 2.3522 },
      "openingHours": [{ "day": 0, "opens": "07:00", "closes": "13:00" }],
      "categories": ["bakery"], "labels": ["organic"], "priceUnit": "EUR",
      "terms": { "returns": "Fresh goods cannot be returned." },
      "fulfilment": { "pickup": true, "ownDelivery": false }
    },
    "terms": { "acceptHours": 24, "shipHours": 48, "deliveryHours": 48, "returnHours": 168 },
    "acceptance": { "payments": [{ "token": "native", "rate": "300000000000000" }], "anyCarrier": true }
  }`;

/**
 * Validates a shop file, naming each invalid field by its path (`metadata.address.postcode`). A location given
 * without a geohash gets the one of its coordinates.
 * @throws DocumentValidationError listing the invalid fields.
 */
export function parseShopFile(json: unknown): ShopFile {
  return parseWithSchema("shop file", shopFileSchema, withGeohash(json));
}

function withGeohash(json: unknown): unknown {
  const location = (json as { metadata?: { location?: { lat?: unknown; lon?: unknown; geohash?: unknown } } } | null)
    ?.metadata?.location;
  if (typeof location !== "object" || location === null || location.geohash !== undefined) return json;
  const point = { lat: location.lat, lon: location.lon };
  if (
    typeof point.lat !== "number" ||
    typeof point.lon !== "number" ||
    !isValidLatLon({ lat: point.lat, lon: point.lon })
  )
    return json;
  const file = json as { metadata: Record<string, unknown> };
  return {
    ...file,
    metadata: {
      ...file.metadata,
      location: { ...location, geohash: encodeGeohash({ lat: point.lat, lon: point.lon }) },
    },
  };
}

/**
 * The registry's `ShopAcceptance` of a shop file, with `native`, development tokens (`EURC`) and `mediator` resolved
 * on this deployment.
 * @throws CliError when the file names a development token the deployment does not record.
 */
export function shopAcceptance(file: ShopFile, deployment: Deployment): ShopAcceptance {
  const { acceptance } = file;
  const mediator = deployment.contracts.MediatorArbitrator.address;
  return {
    payments: acceptance.payments.map(({ token, rate }) => ({
      token: resolveTokenArgument(parseTokenArgument(token, "acceptance.payments.token"), deployment),
      rate: BigInt(rate),
    })),
    carriers: acceptance.carriers.map((carrier: Address) => getAddress(carrier)),
    isAnyCarrierAccepted: acceptance.anyCarrier,
    arbitrators: acceptance.arbitrators.map((arbitrator) =>
      arbitrator === "mediator" ? mediator : getAddress(arbitrator),
    ),
    isAnyArbitratorAccepted: acceptance.anyArbitrator,
  };
}
