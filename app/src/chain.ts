import { type Chain, defineChain } from "viem";
import type { AppConfig } from "./config/appConfig.ts";

/**
 * The one chain the app works on, built from the runtime configuration (id, RPC URL, native currency, optional
 * explorer), so
 * wallets can add it and viem knows where to send reads.
 * @example marketChain(parseAppConfig({})).id // 31337
 */
export function marketChain(config: AppConfig): Chain {
  return defineChain({
    id: config.chainId,
    name: config.chainName,
    nativeCurrency: config.nativeCurrency,
    rpcUrls: { default: { http: [config.rpcUrl] } },
    ...(config.explorerUrl === undefined
      ? {}
      : { blockExplorers: { default: { name: "Explorer", url: config.explorerUrl } } }),
  });
}
