import { useSyncExternalStore } from "react";
import type { Address } from "viem";
import { useMarketContext } from "../../../market/MarketContext.tsx";

export type WalletStatus = {
  address: Address | undefined;
  isConnected: boolean;
  /** Connected, but the wallet is on another chain than the app's. */
  isWrongNetwork: boolean;
  /** The wallet's name (MetaMask, Rabby, a demo person's name). */
  connectorName: string | undefined;
  connectorType: string | undefined;
  /** The app's chain: where the wallet should be. */
  chainId: number;
  chainName: string;
};

/**
 * Whether a wallet is connected, to which account, and whether it is on the app's chain. Reading it loads no wallet
 * code: until the wallet stack loads (see `WithWallet`), no wallet is connected.
 */
export function useWalletStatus(): WalletStatus {
  const { config, wallet } = useMarketContext();
  const connection = useSyncExternalStore(wallet.subscribe, wallet.getConnection);
  const isConnected = connection.status === "connected";
  return {
    address: connection.address,
    isConnected,
    isWrongNetwork: isConnected && connection.chainId !== config.chainId,
    connectorName: connection.connectorName,
    connectorType: connection.connectorType,
    chainId: config.chainId,
    chainName: config.chainName,
  };
}
