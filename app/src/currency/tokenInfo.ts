import { type Deployment, NATIVE_TOKEN, readMarketContract } from "@grandrue/sdk";
import { queryOptions } from "@tanstack/react-query";
import { type Address, type Chain, type Client, isAddressEqual, type Transport } from "viem";

/**
 * What a shopper needs to know about a payment token:
 * - `native`: the chain's own currency (ETH);
 * - `local-currency`: a local currency such as the Léman, shown as "monnaie locale (Léman)";
 * - `token`: any other ERC-20, shown by its symbol.
 */
export type TokenKind = "native" | "local-currency" | "token";

/** A payment token as the app shows amounts in it: every amount uses these decimals and this symbol. */
export type TokenInfo = { address: Address; kind: TokenKind; symbol: string; name: string; decimals: number };

/** Symbols and names of local currencies the app recognises even when they are not the deployment's own. */
const LOCAL_CURRENCY_SYMBOLS = new Set(["LEM"]);
const LOCAL_CURRENCY_NAME = /^l[ée]man\b/i;

/** The three ERC-20 metadata views (written out: this module is on the first visit, viem's full ABIs are not). */
const erc20MetadataAbi = [
  { type: "function", name: "name", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "string" }] },
  { type: "function", name: "symbol", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "string" }] },
  { type: "function", name: "decimals", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "uint8" }] },
] as const;

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

async function readTokenInfo(
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  address: Address,
): Promise<TokenInfo> {
  if (isAddressEqual(address, NATIVE_TOKEN)) {
    const { symbol, name, decimals } = publicClient.chain.nativeCurrency;
    return { address, kind: "native", symbol, name, decimals };
  }
  const read = (functionName: "name" | "symbol" | "decimals") =>
    readMarketContract(publicClient, { address, abi: erc20MetadataAbi, functionName });
  const [name, symbol, decimals] = await Promise.all([read("name"), read("symbol"), read("decimals")]);
  const token = { address, symbol: String(symbol), name: String(name) };
  return { ...token, kind: classifyToken(token, deployment), decimals: Number(decimals) };
}

/** The query key of a token's info: one per chain and token, whichever page reads it. */
export const tokenInfoKey = (chainId: number, address: Address) => ["token", chainId, address.toLowerCase()] as const;

/** A payment token's symbol, name, decimals and kind, read once from the chain (they never change). */
export const tokenInfoQueryOptions = (
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  address: Address,
) =>
  queryOptions({
    queryKey: tokenInfoKey(deployment.chainId, address),
    queryFn: () => readTokenInfo(publicClient, deployment, address),
    staleTime: Number.POSITIVE_INFINITY,
  });
