import { MarketError, parseMarketError } from "../errors.ts";

/**
 * The error as a {@link MarketError} (decoded revert, `UserRejected` for a refused wallet prompt, or `Unknown`), so
 * every SDK action fails the same way whether it reads, signs or writes.
 */
export function asMarketError(error: unknown): MarketError {
  return error instanceof MarketError ? error : new MarketError(parseMarketError(error), { cause: error });
}
