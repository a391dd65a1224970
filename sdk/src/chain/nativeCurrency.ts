import type { Chain } from "viem";
import {
  arbitrum,
  arbitrumSepolia,
  base,
  baseSepolia,
  gnosis,
  gnosisChiado,
  hardhat,
  mainnet,
  optimism,
  optimismSepolia,
  sepolia,
} from "viem/chains";

/** A chain's own coin, the one that pays gas: its name, symbol and decimals (ETH, xDAI on Gnosis Chain…). */
export type NativeCurrency = Chain["nativeCurrency"];

/**
 * The chains the README suggests and their testnets, and the local Hardhat chain, as viem defines them: the app and
 * the CLI know their coin without being told (named imports, so an app bundles these few and not all of viem's).
 */
const KNOWN_CHAINS: readonly Chain[] = [
  hardhat,
  mainnet,
  sepolia,
  gnosis,
  gnosisChiado,
  optimism,
  optimismSepolia,
  base,
  baseSepolia,
  arbitrum,
  arbitrumSepolia,
];

/**
 * The native currency of a chain the app knows, from viem's chain definitions; undefined for any other.
 * @example knownNativeCurrency(100) // { name: "xDAI", symbol: "XDAI", decimals: 18 }
 */
export function knownNativeCurrency(chainId: number): NativeCurrency | undefined {
  return KNOWN_CHAINS.find((chain) => chain.id === chainId)?.nativeCurrency;
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
