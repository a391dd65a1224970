import { type Deployment, NATIVE_TOKEN } from "@grandrue/sdk";
import { queryOptions } from "@tanstack/react-query";
import { type Address, type Chain, type Client, erc20Abi, formatUnits, isAddressEqual, type Transport } from "viem";
import { readContract } from "viem/actions";

/**
 * What a shopper needs to know about a payment token:
 * - `native`: the chain's own currency (ETH);
 * - `local-currency`: a local currency such as the Léman, shown as "monnaie locale (Léman)";
 * - `token`: any other ERC-20, shown by its symbol.
 */
export type TokenKind = "native" | "local-currency" | "token";

export type TokenInfo = { address: Address; kind: TokenKind; symbol: string; name: string; decimals: number };

/** Symbols and names of local currencies the app recognises even when they are not the deployment's own. */
const LOCAL_CURRENCY_SYMBOLS = new Set(["LEM"]);
const LOCAL_CURRENCY_NAME = /^l[ée]man\b/i;

/**
 * Whether a token is the chain's currency, a local currency (the deployment's `LocalCurrency`, or a token calling
 * itself LEM / Léman) or another token.
 * @example classifyToken({ address: NATIVE_TOKEN, symbol: "ETH", name: "Ether" }, deployment) // "native"
 */
export function classifyToken(
  token: { address: Address; symbol: string; name: string },
  deployment: Deployment,
): TokenKind {
  if (isAddressEqual(token.address, NATIVE_TOKEN)) return "native";
  const localCurrency = deployment.contracts.LocalCurrency?.address;
  if (localCurrency !== undefined && isAddressEqual(token.address, localCurrency)) return "local-currency";
  return LOCAL_CURRENCY_SYMBOLS.has(token.symbol.toUpperCase()) || LOCAL_CURRENCY_NAME.test(token.name)
    ? "local-currency"
    : "token";
}

/**
 * The everyday name of a local currency: its on-chain name without a trailing note in brackets, else its symbol.
 * @example localCurrencyName({ name: "Léman (dev)", symbol: "LEM" }) // "Léman"
 */
export function localCurrencyName({ name, symbol }: { name: string; symbol: string }): string {
  const plain = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  if (plain !== "") return plain;
  return LOCAL_CURRENCY_SYMBOLS.has(symbol.toUpperCase()) ? "Léman" : symbol;
}

/**
 * How many whole tokens one whole price unit is worth, from the registry's rate (token base units per price unit),
 * with at most `significantDigits` significant digits, in the reader's language.
 * @example formatRate(10n ** 18n, 18, "fr") // "1"
 * @example formatRate(333_333_333_333_333n, 18, "en") // "0.000333"
 */
export function formatRate(rate: bigint, decimals: number, language: string, significantDigits = 3): string {
  const whole = formatUnits(rate, decimals) as `${number}`;
  return new Intl.NumberFormat(language, {
    maximumSignificantDigits: Math.max(significantDigits, whole.split(".")[0]!.length),
  }).format(whole);
}

async function readTokenInfo(
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  address: Address,
): Promise<TokenInfo> {
  if (isAddressEqual(address, NATIVE_TOKEN)) {
    const { symbol, name, decimals } = publicClient.chain.nativeCurrency;
    return { address, kind: "native", symbol, name, decimals };
  }
  const [symbol, name, decimals] = await Promise.all([
    readContract(publicClient, { address, abi: erc20Abi, functionName: "symbol" }),
    readContract(publicClient, { address, abi: erc20Abi, functionName: "name" }),
    readContract(publicClient, { address, abi: erc20Abi, functionName: "decimals" }),
  ]);
  return { address, kind: classifyToken({ address, symbol, name }, deployment), symbol, name, decimals };
}

/** A payment token's symbol, name, decimals and kind, read once from the chain (they never change). */
export const tokenInfoQueryOptions = (
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  address: Address,
) =>
  queryOptions({
    queryKey: ["token", deployment.chainId, address.toLowerCase()] as const,
    queryFn: () => readTokenInfo(publicClient, deployment, address),
    staleTime: Number.POSITIVE_INFINITY,
  });
