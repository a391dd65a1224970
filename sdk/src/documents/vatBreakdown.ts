import { InvalidPriceError } from "./errors.ts";

/** An amount in minor units, VAT included, and the VAT rate it includes (percent, `"5.5"`), if the shop gave one. */
export type VatLine = { readonly amount: bigint; readonly vatRate: string | undefined };

/** What one VAT rate adds up to, in minor units: `gross` = `net` + `vat`. */
export type VatRateTotal = {
  readonly vatRate: string;
  readonly gross: bigint;
  readonly net: bigint;
  readonly vat: bigint;
};

const BASIS_POINTS = 10_000n;

/** "5.5" → 550 basis points. */
function basisPoints(rate: string): bigint {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(rate);
  if (match === null) throw new InvalidPriceError(`"${rate}" is not a VAT rate in percent`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/**
 * The VAT included in prices, per rate, as a receipt shows it: each rate's amounts added up first, then the net
 * rounded half up to the minor unit (so the lines of one rate never add rounding errors). Lines without a rate are
 * left out; rates come out in increasing order.
 * @example vatBreakdown([{ amount: 1200n, vatRate: "20" }]) // [{ vatRate: "20", gross: 1200n, net: 1000n, vat: 200n }]
 */
export function vatBreakdown(lines: readonly VatLine[]): VatRateTotal[] {
  const gross = new Map<string, bigint>();
  for (const { amount, vatRate } of lines) {
    if (vatRate !== undefined) gross.set(vatRate, (gross.get(vatRate) ?? 0n) + amount);
  }
  return [...gross]
    .map(([vatRate, total]) => {
      const divisor = BASIS_POINTS + basisPoints(vatRate);
      const net = (total * BASIS_POINTS * 2n + divisor) / (divisor * 2n);
      return { vatRate, gross: total, net, vat: total - net };
    })
    .sort((a, b) => Number(basisPoints(a.vatRate) - basisPoints(b.vatRate)));
}
