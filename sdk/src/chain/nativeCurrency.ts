import type { Chain } from "viem";

/** A chain's own coin, the one that pays gas: its name, symbol and decimals (ETH, xDAI on Gnosis Chain…). */
export type NativeCurrency = Chain["nativeCurrency"];

const ETHER = { name: "Ether", symbol: "ETH", decimals: 18 } as const;
const SEPOLIA_ETHER = { name: "Sepolia Ether", symbol: "ETH", decimals: 18 } as const;

/**
 * The coin of the chains the README suggests, their testnets and the local Hardhat chain, as viem's chain
 * definitions give it (test/sdk/nativeCurrency.test.ts checks them against viem). Written out rather than imported
 * from `viem/chains`, whose definitions also carry RPC and explorer URLs the web app must not contain.
 */
const KNOWN_NATIVE_CURRENCIES: ReadonlyMap<number, NativeCurrency> = new Map<number, NativeCurrency>([
  [31337, ETHER], // Hardhat
  [1, ETHER], // Ethereum
  [11155111, SEPOLIA_ETHER], // Sepolia
  [100, { name: "xDAI", symbol: "XDAI", decimals: 18 }], // Gnosis Chain
  [10200, { name: "Gnosis", symbol: "xDAI", decimals: 18 }], // Gnosis Chiado
  [10, ETHER], // OP Mainnet
  [11155420, SEPOLIA_ETHER], // OP Sepolia
  [8453, ETHER], // Base
  [84532, SEPOLIA_ETHER], // Base Sepolia
  [42161, ETHER], // Arbitrum One
  [421614, { name: "Arbitrum Sepolia Ether", symbol: "ETH", decimals: 18 }], // Arbitrum Sepolia
]);

/** The ids of the chains whose coin {@link knownNativeCurrency} knows. */
export const KNOWN_NATIVE_CURRENCY_CHAIN_IDS: readonly number[] = [...KNOWN_NATIVE_CURRENCIES.keys()];

/**
 * The native currency of a chain the SDK knows (see `KNOWN_NATIVE_CURRENCIES`); undefined for any other.
 * @example knownNativeCurrency(100) // { name: "xDAI", symbol: "XDAI", decimals: 18 }
 */
export function knownNativeCurrency(chainId: number): NativeCurrency | undefined {
  return KNOWN_NATIVE_CURRENCIES.get(chainId);
}

/**
 * A native currency written as JSON, `{ "name": "xDAI", "symbol": "XDAI", "decimals": 18 }`; undefined when the text
 * is not one (a name and a symbol of 1 to 20 characters, whole decimals from 0 to 36).
 */
export function parseNativeCurrency(text: string): NativeCurrency | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { name, symbol, decimals } = (typeof value === "object" && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const isText = (field: unknown): field is string =>
    typeof field === "string" && field.trim() !== "" && field.trim().length <= 20;
  if (!isText(name) || !isText(symbol)) return undefined;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 36) return undefined;
  return { name: name.trim(), symbol: symbol.trim(), decimals };
}
