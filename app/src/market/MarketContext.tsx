import type { Deployment, IpfsClient } from "@grandrue/sdk";
import { createContext, type ReactNode, useContext } from "react";
import type { Chain, Client, Transport } from "viem";
import type { AppConfig } from "../config/appConfig.ts";
import type { WalletAccess } from "./walletConnection.ts";

/**
 * A plain viem client on the app's chain. Call reads through `viem/actions` (`readContract(publicClient, …)`) or the
 * SDK's readers: a client decorated with every public action would put them all in the first download.
 */
export type MarketPublicClient = Client<Transport, Chain>;

/** What the whole app shares about the marketplace it runs against; set once at start-up. */
export type MarketContextValue = {
  config: AppConfig;
  chain: Chain;
  deployment: Deployment;
  ipfs: IpfsClient;
  /** Reads from the app's chain (always available, no wallet needed). */
  publicClient: MarketPublicClient;
  /** The wallet's connection, and the wallet stack that loads when a wallet is needed. */
  wallet: WalletAccess;
};

const MarketContext = createContext<MarketContextValue | null>(null);

/** Rendered by the app shell (and by tests) around everything that talks to the marketplace. */
export function MarketProvider({ value, children }: { value: MarketContextValue; children: ReactNode }) {
  return <MarketContext value={value}>{children}</MarketContext>;
}

/** A component that needs the marketplace was rendered outside `MarketProvider`. */
export class MissingMarketProviderError extends Error {
  constructor() {
    super("useMarket() needs a <MarketProvider> above it (the app shell renders one)");
    this.name = "MissingMarketProviderError";
  }
}

/** The configuration, chain, deployment, reading client, IPFS client and wallet access (see `useMarket`). */
export function useMarketContext(): MarketContextValue {
  const value = useContext(MarketContext);
  if (value === null) throw new MissingMarketProviderError();
  return value;
}
