import type { Address } from "viem";
import { useConnection } from "wagmi";
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

/** Whether a wallet is connected, to which account, and whether it is on the app's chain. */
export function useWalletStatus(): WalletStatus {
  const { config } = useMarketContext();
  const connection = useConnection();
  const isConnected = connection.status === "connected";
  return {
    address: isConnected ? connection.address : undefined,
    isConnected,
    isWrongNetwork: isConnected && connection.chainId !== config.chainId,
    connectorName: connection.connector?.name,
    connectorType: connection.connector?.type,
    chainId: config.chainId,
    chainName: config.chainName,
  };
}
