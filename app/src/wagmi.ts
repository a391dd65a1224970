import { createConfig, createStorage, http, noopStorage } from "wagmi";
import { marketChain } from "./chain.ts";
import { type AppConfig, LOCAL_CHAIN_ID } from "./config/appConfig.ts";
import { demoAccounts, devWalletConnector } from "./features/wallet/index.ts";

/**
 * The wagmi configuration: the configured chain over its RPC URL, the wallets the browser announces (EIP-6963:
 * MetaMask, Rabby, …) and, on the local dev chain only, a dev wallet per demo account. Connection state is kept in
 * localStorage so a reload keeps the wallet connected.
 * @example const wagmiConfig = createMarketWagmiConfig((await loadAppSetup()).config)
 */
export function createMarketWagmiConfig(config: AppConfig) {
  const chain = marketChain(config);
  return createConfig({
    chains: [chain],
    connectors: config.chainId === LOCAL_CHAIN_ID ? demoAccounts().map(devWalletConnector) : [],
    transports: { [chain.id]: http(config.rpcUrl, { batch: true }) },
    multiInjectedProviderDiscovery: true,
    storage: createStorage({
      key: "grandrue.wallet",
      storage: typeof window === "undefined" ? noopStorage : window.localStorage,
    }),
  });
}

export type MarketWagmiConfig = ReturnType<typeof createMarketWagmiConfig>;

declare module "wagmi" {
  interface Register {
    config: MarketWagmiConfig;
  }
}
