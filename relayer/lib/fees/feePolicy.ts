import type { AcceptedToken, IntentKind, RelayerQuote } from "@grandrue/sdk";
import { type Address, isAddressEqual, zeroAddress } from "viem";

/** A token the relayer takes fees in, with what one native coin (10^18 wei) is worth in its base units. */
export type FeeToken = AcceptedToken & {
  /** Base units of the token per native coin, e.g. 3,000 EURC per ETH → 3_000_000_000n (6 decimals). */
  nativePrice: bigint;
};

/** What the fees are computed from. */
export type FeeSettings = {
  tokens: readonly FeeToken[];
  /** Added to the quoted gas cost, in percent, so a quote survives a small rise of the gas price (default 25). */
  marginPercent: number;
  /** How long a quote is valid, in seconds (default 120). */
  quoteValiditySeconds: number;
  /** The gas quoted for each kind, before the intent is known (a checkout: its first order). */
  quotedGas: Record<IntentKind, bigint>;
  /** The gas each further order of a checkout adds to its quote. */
  quotedGasPerExtraOrder: bigint;
};

/** Measured on the local chain with Circle's FiatToken V2_2 (test/relayer, bench/relayer.ts), rounded up. */
export const DEFAULT_QUOTED_GAS: Record<IntentKind, bigint> = {
  checkout: 230_000n,
  buyerAction: 130_000n,
  review: 140_000n,
  carrierCheckpoint: 110_000n,
  passkeyBatch: 500_000n,
};

export const DEFAULT_GAS_PER_EXTRA_ORDER = 70_000n;

/**
 * The gas a buyer action must carry for its order's hook: the escrow refuses to call a hook with less than its limit,
 * the 1/64 kept back by the call and 10,000 for itself (`Escrow._callHook`), and the hook may spend it all.
 */
export function hookGasAllowance(hookGasLimit: bigint): bigint {
  return hookGasLimit + hookGasLimit / 63n + 10_000n;
}

const WEI_PER_NATIVE = 10n ** 18n;

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator - 1n) / denominator;
}

export function findFeeToken(settings: FeeSettings, token: Address | undefined): FeeToken | undefined {
  return token === undefined ? undefined : settings.tokens.find((entry) => isAddressEqual(entry.address, token));
}

/** The smallest fee the relayer takes for `gas` at `gasPrice`, in `token`: its gas cost, and never below the minimum. */
export function requiredFee(token: FeeToken, gas: bigint, gasPrice: bigint): bigint {
  const cost = ceilDiv(gas * gasPrice * token.nativePrice, WEI_PER_NATIVE);
  return cost > token.minimumFee ? cost : token.minimumFee;
}

/** What a quote is for: the kind, the fee's token, a checkout's order count, a buyer action's order hook. */
export type QuoteTarget = {
  kind: IntentKind;
  token: FeeToken;
  orders?: number;
  /** The order's hook (`terms.hook`); the zero address: none. Unknown (absent): a buyer action is quoted with one. */
  hook?: Address;
};

/**
 * The fee to sign for: the quoted gas of `kind` at `gasPrice` plus the margin, in `token`. A buyer action may run its
 * order's hook, so it is quoted with `hookGas` more unless the request says the order has none. Reviews and carrier
 * checkpoints carry no fee (sponsored only), so they quote 0.
 */
export function quoteFee(
  settings: FeeSettings,
  { kind, token, orders = 1, hook }: QuoteTarget,
  { gasPrice, hookGas, now }: { gasPrice: bigint; hookGas: bigint; now: number },
): RelayerQuote {
  const validUntil = now + settings.quoteValiditySeconds;
  if (kind === "review" || kind === "carrierCheckpoint") return { token: token.address, fee: 0n, gasPrice, validUntil };
  const extraOrders = kind === "checkout" ? BigInt(Math.max(orders, 1) - 1) : 0n;
  const withHook = kind === "buyerAction" && (hook === undefined || !isAddressEqual(hook, zeroAddress));
  const gas = settings.quotedGas[kind] + extraOrders * settings.quotedGasPerExtraOrder + (withHook ? hookGas : 0n);
  const withMargin = ceilDiv(gas * BigInt(100 + settings.marginPercent), 100n);
  return { token: token.address, fee: requiredFee(token, withMargin, gasPrice), gasPrice, validUntil };
}
