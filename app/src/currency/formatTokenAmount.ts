import { formatUnits } from "viem";
import type { TokenInfo } from "./tokenInfo.ts";

const SIGNIFICANT_DIGITS = 6;
/** Above one unit, four decimals are enough to tell amounts apart. */
const WHOLE_FRACTION_DIGITS = 4;
const MAX_FRACTION_DIGITS = 20;

/**
 * An amount in a token's base units, as people read money: two to four decimals, and below one unit up to six
 * significant digits so small ETH amounts stay readable (the exact amount is in the wallet).
 * @example formatTokenAmount(162n * 10n ** 17n, { symbol: "LEM", decimals: 18 }, "fr") // "16,20 LEM"
 * @example formatTokenAmount(1_166_666_666_666_667n, { symbol: "ETH", decimals: 18 }, "en") // "0.00116667 ETH"
 */
export function formatTokenAmount(
  amount: bigint,
  info: Pick<TokenInfo, "symbol" | "decimals">,
  language: string,
): string {
  const exact = formatUnits(amount, info.decimals);
  const [whole = "0", fraction = ""] = exact.split(".");
  const leadingZeros = whole === "0" ? (/^0*/.exec(fraction)?.[0].length ?? 0) : 0;
  const maximumFractionDigits =
    whole === "0" ? Math.min(MAX_FRACTION_DIGITS, leadingZeros + SIGNIFICANT_DIGITS) : WHOLE_FRACTION_DIGITS;
  const number = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: Math.max(2, maximumFractionDigits),
  }).format(exact as `${number}`);
  return `${number} ${info.symbol}`;
}
