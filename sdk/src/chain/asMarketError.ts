import type { Abi } from "viem";
import { MarketError, type ParseMarketErrorOptions, parseMarketError } from "../errors.ts";

/**
 * The error as a {@link MarketError} (decoded revert, `UserRejected` for a refused wallet prompt, or `Unknown`), so
 * every SDK action fails the same way whether it reads, signs or writes. `options.abis` adds errors to decode.
 */
export function asMarketError<const TAbis extends readonly Abi[] = readonly []>(
  error: unknown,
  options?: ParseMarketErrorOptions<TAbis>,
): MarketError<TAbis> {
  return error instanceof MarketError
    ? (error as MarketError<TAbis>)
    : new MarketError(parseMarketError(error, options), { cause: error });
}
