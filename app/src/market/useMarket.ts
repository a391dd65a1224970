import { useSyncExternalStore } from "react";
import { type MarketContextValue, type MarketPublicClient, useMarketContext } from "./MarketContext.tsx";
import type { MarketWalletClient } from "./walletConnection.ts";

export type { MarketPublicClient } from "./MarketContext.tsx";
export type { MarketWalletClient } from "./walletConnection.ts";

export type Market = MarketContextValue & {
  /** Reads from the app's chain (always available). */
  publicClient: MarketPublicClient;
  /** The connected wallet on the app's chain; undefined when none is connected or it is on another chain. */
  walletClient: MarketWalletClient | undefined;
};

/**
 * Everything a feature needs to talk to the marketplace: `{ deployment, publicClient, walletClient, ipfs, config }`.
 * Reads go through `publicClient` with the SDK's readers; writes go through `useTransaction` (one UX path). Reading
 * the wallet client does not load the wallet stack: it stays undefined until a wallet connects.
 * @example const { deployment, publicClient } = useMarket(); useQuery(shopQueryOptions(publicClient, deployment, { shopId }))
 */
export function useMarket(): Market {
  const context = useMarketContext();
  const { walletClient } = useSyncExternalStore(context.wallet.subscribe, context.wallet.getConnection);
  return { ...context, walletClient };
}
