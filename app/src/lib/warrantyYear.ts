/**
 * A year of warranty as the bonds contract counts it: Solidity's `365 days` (its `MAX_WARRANTY_PERIOD` is
 * `10 * 365 days`). The merchant's form writes periods in these years and shoppers read them back in the same ones.
 */
export const WARRANTY_YEAR_SECONDS = 365 * 86_400;
