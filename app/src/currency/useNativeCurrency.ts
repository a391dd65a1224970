import type { Chain } from "viem";
import { useMarket } from "../market/useMarket.ts";

/**
 * The configured chain's own coin, the one that pays network fees (ETH, xDAI on Gnosis Chain…): its name, symbol
 * and decimals, from the app's configuration (`VITE_NATIVE_CURRENCY` or the chain's definition).
 * @example const { symbol } = useNativeCurrency(); t("mode.sign", { symbol })
 */
export function useNativeCurrency(): Chain["nativeCurrency"] {
  return useMarket().publicClient.chain.nativeCurrency;
}
