/**
 * Why a shop is (or is not) fully searchable, as decided by the indexer that built it.
 * - `ok`: metadata and catalog were fetched and valid.
 * - `catalog-missing` / `catalog-invalid`: the shop itself is known and listed normally,
 *   but it has no usable items.
 * - `metadata-missing` / `metadata-invalid`: only on-chain facts are known; the shop appears
 *   only when a text query matches its name.
 * - `inactive`: the owner switched the shop off; it appears only when a text query matches its name.
 */
export type ShopStatus =
  | "ok"
  | "metadata-missing"
  | "metadata-invalid"
  | "catalog-missing"
  | "catalog-invalid"
  | "inactive";

/** How a shopper receives an order. */
export type SearchFulfilment = "pickup" | "delivery";

/** One catalog item as the search engine sees it. `id` is unique within its shop. */
export type SearchableItem = {
  id: string;
  title: string;
  description: string;
  categories: string[];
  labels: string[];
  /** Price in the shop's price unit, as written in the catalog (not used for ranking). */
  price: string;
  available: boolean;
  pickup: boolean;
  delivery: boolean;
};

/**
 * The narrow projection of a shop that the search engine indexes. The discovery indexer
 * builds it from registry events, shop metadata and the catalog.
 */
export type SearchableShop = {
  shopId: bigint;
  name: string;
  description: string;
  categories: string[];
  labels: string[];
  /** Absent when metadata is unavailable. Positions are taken from `lat`/`lon`. */
  location?: { lat: number; lon: number; geohash: string };
  acceptedTokens: `0x${string}`[];
  pickup: boolean;
  /** True when the shop delivers itself or through any carrier. */
  delivery: boolean;
  rating?: { count: number; average: number };
  status: ShopStatus;
  statusReason?: string;
  items: SearchableItem[];
};

/** Parameters of {@link ShopSearchIndex.search}. Every field is optional. */
export type ShopSearchQuery = {
  /** Free text, matched word by word against shop and item text (see {@link RANKING_RULES}). */
  text?: string;
  /** Where the shopper is. Without it, results are not filtered or ranked by distance. */
  near?: { lat: number; lon: number };
  /** Search radius around `near`, in metres. Default 2 000. */
  radiusMetres?: number;
  /** Keep shops or items in at least one of these categories (case and accents ignored). */
  categories?: string[];
  /** Keep shops or items carrying all of these labels (case and accents ignored). */
  labels?: string[];
  /** Keep shops, and items, offering this way of receiving an order. */
  fulfilment?: SearchFulfilment;
  /** Keep shops accepting this payment token (address, case ignored). */
  token?: `0x${string}`;
  /** Maximum number of results. Default 50. */
  limit?: number;
  /** Let unavailable items match. Default false. */
  includeUnavailable?: boolean;
};

/** An item that matched the query text, with its text relevance (BM25, rounded). */
export type MatchedItem = { id: string; score: number };

/** One shop in the answer to a {@link ShopSearchQuery}. */
export type ShopSearchResult = {
  shop: SearchableShop;
  /** Items that matched the text and pass the filters, best first. Empty without `text`. */
  matchedItems: MatchedItem[];
  /** Great-circle distance from `near`, when `near` was given. */
  distanceMetres?: number;
  /** True when the shop lies outside the radius: returned only because nothing matched inside it. */
  isFarther: boolean;
  /** Final score (see {@link RANKING_RULES}); higher is better. */
  score: number;
};
