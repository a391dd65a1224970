import type { Deployment, IpfsClient } from "@grandrue/sdk";
import { createContext, type ReactNode, useContext } from "react";
import type { Chain } from "viem";
import type { AppConfig } from "../config/appConfig.ts";

/** What the whole app shares about the marketplace it runs against; set once at start-up. */
export type MarketContextValue = {
  config: AppConfig;
  chain: Chain;
  deployment: Deployment;
  ipfs: IpfsClient;
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

/** The configuration, chain, deployment and IPFS client, without the wallet (see `useMarket`). */
export function useMarketContext(): MarketContextValue {
  const value = useContext(MarketContext);
  if (value === null) throw new MissingMarketProviderError();
  return value;
}
