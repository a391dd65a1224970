import { usePublicClient, useWalletClient } from "wagmi";
import type { Account, Chain, PublicClient, Transport, WalletClient } from "viem";
import { useMarketContext, type MarketContextValue } from "./MarketContext.tsx";

export type Market = MarketContextValue & {
  /** Reads from the app's chain (always available). */
  publicClient: PublicClient<Transport, Chain>;
  /** The connected wallet on the app's chain; undefined when none is connected or it is on another chain. */
  walletClient: WalletClient<Transport, Chain, Account> | undefined;
};

/**
 * Everything a feature needs to talk to the marketplace: `{ deployment, publicClient, walletClient, ipfs, config }`.
 * Reads go through `publicClient` with the SDK's readers; writes go through `useTransaction` (one UX path).
 * @example const { deployment, publicClient } = useMarket(); useQuery(shopQueryOptions(publicClient, deployment, { shopId }))
 */
export function useMarket(): Market {
  const context = useMarketContext();
  const publicClient = usePublicClient({ chainId: context.config.chainId });
  const { data: walletClient } = useWalletClient({ chainId: context.config.chainId });
  if (publicClient === undefined) throw new Error(`No RPC client for chain ${context.config.chainId}`);
  return { ...context, publicClient, walletClient };
}
