import { analyseQuery, DEFAULT_RADIUS_METRES, isValidLatLon, MAX_QUERY_TERMS, normaliseTag } from "@grandrue/sdk";
import { type Address, getAddress, isAddress } from "viem";

/** Longest query text accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Largest page. */
export const MAX_LIMIT = 50;
export const DEFAULT_PAGE_LIMIT = 20;
/** Deepest result reachable by paging. */
export const MAX_OFFSET = 500;
/** Largest search radius, in metres. */
export const MAX_RADIUS_METRES = 200_000;
/** Most values of a repeated filter (category, label, issuer). */
export const MAX_FILTER_VALUES = 10;

/** A bad request: `parameter` names the query parameter, the message what was expected. */
export class SearchRequestError extends Error {
  override name = "SearchRequestError";
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

/** A validated `GET /search` request. */
export type SearchRequest = {
  /** Distinct meaningful query words, folded (at most 16); empty for no text. */
  terms: string[];
  near?: { lat: number; lon: number };
  radiusMetres: number;
  categories?: string[];
  labels?: string[];
  /** A label attested by the labels service, valid now, optionally only from these issuers. */
  attested?: { label: string; issuers?: Address[] };
  fulfilment?: "pickup" | "delivery";
  /** Lower-case token address. */
  token?: string;
  includeUnavailable: boolean;
  limit: number;
  offset: number;
};

const KNOWN_PARAMETERS = new Set([
  "q",
  "lat",
  "lon",
  "radius",
  "category",
  "label",
  "attested",
  "issuer",
  "fulfilment",
  "token",
  "includeUnavailable",
  "limit",
  "offset",
]);
const REPEATABLE = new Set(["category", "label", "issuer"]);
const SLUG = /^[a-z0-9-]{1,32}$/;

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new SearchRequestError(name, "given more than once");
  return values[0];
}

function number(
  params: URLSearchParams,
  name: string,
  { min, max, integer }: { min: number; max: number; integer?: boolean },
): number | undefined {
  const text = single(params, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    text.trim() === "" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer === true && !Number.isInteger(value))
  ) {
    throw new SearchRequestError(
      name,
      `must be ${integer === true ? "an integer" : "a number"} from ${min} to ${max}, got "${text.slice(0, 40)}"`,
    );
  }
  return value;
}

function tags(params: URLSearchParams, name: string): string[] | undefined {
  const values = params.getAll(name);
  if (values.length > MAX_FILTER_VALUES) throw new SearchRequestError(name, `at most ${MAX_FILTER_VALUES} values`);
  const normalised = [...new Set(values.map(normaliseTag).filter((tag) => tag !== ""))];
  return normalised.length > 0 ? normalised : undefined;
}

function location(params: URLSearchParams): SearchRequest["near"] {
  const lat = number(params, "lat", { min: -90, max: 90 });
  const lon = number(params, "lon", { min: -180, max: 180 });
  if ((lat === undefined) !== (lon === undefined))
    throw new SearchRequestError(lat === undefined ? "lat" : "lon", "lat and lon go together");
  if (lat === undefined || lon === undefined) return undefined;
  const near = { lat, lon };
  if (!isValidLatLon(near)) throw new SearchRequestError("lat", "not a valid position");
  return near;
}

function attested(params: URLSearchParams): SearchRequest["attested"] {
  const label = single(params, "attested");
  const issuers = params.getAll("issuer");
  if (label === undefined) {
    if (issuers.length > 0) throw new SearchRequestError("issuer", "only with attested=<label>");
    return undefined;
  }
  if (!SLUG.test(label))
    throw new SearchRequestError("attested", 'must be a label slug: 1 to 32 characters among a-z, 0-9 and "-"');
  if (issuers.length > MAX_FILTER_VALUES) throw new SearchRequestError("issuer", `at most ${MAX_FILTER_VALUES} values`);
  for (const issuer of issuers) {
    if (!isAddress(issuer, { strict: false }))
      throw new SearchRequestError("issuer", `"${issuer.slice(0, 50)}" is not an address`);
  }
  return { label, ...(issuers.length > 0 && { issuers: [...new Set(issuers.map((issuer) => getAddress(issuer)))] }) };
}

/**
 * Validates the query string of `GET /search` (see indexer/README.md for each parameter).
 * @throws {SearchRequestError} naming the first bad parameter.
 * @example parseSearchRequest(new URLSearchParams('q=pain+au+levain&lat=45.76&lon=4.83')).terms // ['pain', 'levain']
 */
export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMETERS.has(name))
      throw new SearchRequestError(name, `unknown parameter (known: ${[...KNOWN_PARAMETERS].join(", ")})`);
    if (!REPEATABLE.has(name)) single(params, name);
  }
  const text = single(params, "q") ?? "";
  if (text.length > MAX_QUERY_LENGTH)
    throw new SearchRequestError("q", `at most ${MAX_QUERY_LENGTH} characters, got ${text.length}`);
  const fulfilment = single(params, "fulfilment");
  if (fulfilment !== undefined && fulfilment !== "pickup" && fulfilment !== "delivery")
    throw new SearchRequestError("fulfilment", 'must be "pickup" or "delivery"');
  const token = single(params, "token");
  if (token !== undefined && !isAddress(token, { strict: false }))
    throw new SearchRequestError("token", "must be a token address");
  const includeUnavailable = single(params, "includeUnavailable");
  if (includeUnavailable !== undefined && includeUnavailable !== "true" && includeUnavailable !== "false") {
    throw new SearchRequestError("includeUnavailable", 'must be "true" or "false"');
  }
  const near = location(params);
  const radius = number(params, "radius", { min: 0, max: MAX_RADIUS_METRES });
  if (radius !== undefined && near === undefined) throw new SearchRequestError("radius", "only with lat and lon");
  const categories = tags(params, "category");
  const labels = tags(params, "label");
  const attestedLabel = attested(params);
  return {
    terms: analyseQuery(text).slice(0, MAX_QUERY_TERMS),
    ...(near !== undefined && { near }),
    radiusMetres: radius ?? DEFAULT_RADIUS_METRES,
    ...(categories !== undefined && { categories }),
    ...(labels !== undefined && { labels }),
    ...(attestedLabel !== undefined && { attested: attestedLabel }),
    ...(fulfilment !== undefined && { fulfilment }),
    ...(token !== undefined && { token: token.toLowerCase() }),
    includeUnavailable: includeUnavailable === "true",
    limit: number(params, "limit", { min: 1, max: MAX_LIMIT, integer: true }) ?? DEFAULT_PAGE_LIMIT,
    offset: number(params, "offset", { min: 0, max: MAX_OFFSET, integer: true }) ?? 0,
  };
}
