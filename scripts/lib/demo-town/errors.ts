/** Thrown when demo data refers to a shop, item, variant, carrier or fee that does not exist. */
export class UnknownDemoEntryError extends Error {
  override name = "UnknownDemoEntryError";
}
