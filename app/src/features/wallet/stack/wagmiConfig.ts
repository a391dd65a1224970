import type { Deployment } from "@grandrue/sdk";
import { createConfig, createStorage, http, noopStorage } from "wagmi";
import { marketChain } from "../../../chain.ts";
import { type AppConfig, LOCAL_CHAIN_ID } from "../../../config/appConfig.ts";
import { readRelayingPreferences } from "../../../relaying/relayingPreferences.ts";
import { demoAccounts } from "../demoAccounts.ts";
import { devWalletConnector } from "../devWalletConnector.ts";
import { passkeyConnector } from "../passkey/passkeyConnector.ts";
import { WALLET_STORAGE_KEY } from "./createWalletAccess.ts";

/**
 * The wagmi configuration: the configured chain over its RPC URL, the wallets the browser announces (EIP-6963:
 * MetaMask, Rabby, …), the passkey wallet where the deployment has a passkey account factory (its batches go through
 * the shopper's relayers) and, on the local dev chain only, a dev wallet per demo account. Connection state is kept in
 * localStorage (`grandrue.wallet.*`) so a reload keeps the wallet connected.
 * @example const wagmiConfig = createMarketWagmiConfig(config, deployment)
 */
export function createMarketWagmiConfig(config: AppConfig, deployment: Deployment) {
  const chain = marketChain(config);
  const factory = deployment.contracts.PasskeyAccountFactory?.address;
  const passkey =
    factory === undefined || typeof window === "undefined"
      ? []
      : [
          passkeyConnector({
            factory,
            rpId: window.location.hostname,
            relayers: () => readRelayingPreferences(config.chainId).relayers ?? config.relayers,
          }),
        ];
  return createConfig({
    chains: [chain],
    connectors: [...passkey, ...(config.chainId === LOCAL_CHAIN_ID ? demoAccounts().map(devWalletConnector) : [])],
    transports: { [chain.id]: http(config.rpcUrl, { batch: true }) },
    multiInjectedProviderDiscovery: true,
    storage: createStorage({
      key: WALLET_STORAGE_KEY,
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
