/** Thrown by {@link ShopSearchIndex.add} when a shop id is already indexed or repeated in the batch. */
export class DuplicateShopError extends Error {
  override name = "DuplicateShopError";
  readonly shopId: bigint;

  constructor(shopId: bigint) {
    super(`Shop ${shopId} is already in the search index: use update() to replace it.`);
    this.shopId = shopId;
  }
}

/** Thrown by {@link ShopSearchIndex.search} when a query parameter is out of range. */
export class InvalidSearchQueryError extends Error {
  override name = "InvalidSearchQueryError";
  readonly parameter: string;

  constructor(parameter: string, expectation: string, actual: unknown) {
    super(`Invalid search query: ${parameter} must be ${expectation}, got ${String(actual)}.`);
    this.parameter = parameter;
  }
}
