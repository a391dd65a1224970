import type { Deployment } from "@grandrue/sdk";
import type { ReactNode } from "react";
import { WagmiContext } from "wagmi";
import {
  type GetConnectionReturnType,
  getConnection,
  getConnectorClient,
  reconnect,
  watchConnection,
} from "wagmi/actions";
import type { AppConfig } from "../../../config/appConfig.ts";
import type { WalletConnectionStore, WalletStack } from "../../../market/walletConnection.ts";
import { createMarketWagmiConfig, type MarketWagmiConfig } from "./wagmiConfig.ts";

export type StartWalletStackParameters = {
  config: AppConfig;
  deployment: Deployment;
  store: WalletConnectionStore;
  /** Reconnect the wallet stored from a previous visit (the app does; tests connect their own). @default true */
  shouldReconnect?: boolean;
};

export type StartedWalletStack = WalletStack & { wagmiConfig: MarketWagmiConfig };

/**
 * The wallet stack, loaded only when a wallet is needed: the wagmi configuration (browser wallets, passkey wallet,
 * demo accounts), reconnection of the wallet used last, and the connection reported to `store` for the rest of the
 * app. `provide(children)` gives wagmi's hooks the configuration, as often as needed (one configuration).
 * @example const { provide } = startWalletStack({ config, deployment, store })
 */
export function startWalletStack({
  config,
  deployment,
  store,
  shouldReconnect = true,
}: StartWalletStackParameters): StartedWalletStack {
  const wagmiConfig = createMarketWagmiConfig(config, deployment);
  let reported = 0;
  const report = (connection: GetConnectionReturnType<MarketWagmiConfig>) => {
    const turn = ++reported;
    const isConnected = connection.status === "connected";
    store.setConnection({
      status: connection.status,
      address: isConnected ? connection.address : undefined,
      chainId: isConnected ? connection.chainId : undefined,
      connectorName: connection.connector?.name,
      connectorType: connection.connector?.type,
      walletClient: undefined,
    });
    if (!isConnected || connection.chainId !== config.chainId) return;
    getConnectorClient(wagmiConfig, { chainId: config.chainId, connector: connection.connector }).then(
      (walletClient) => turn === reported && store.setConnection({ walletClient }),
      () => undefined, // the wallet left or switched chain meanwhile: its next change reports again
    );
  };
  watchConnection(wagmiConfig, { onChange: report });
  report(getConnection(wagmiConfig));
  if (shouldReconnect) void reconnect(wagmiConfig);
  const provide = (children: ReactNode) => <WagmiContext value={wagmiConfig}>{children}</WagmiContext>;
  return { provide, wagmiConfig };
}
