import type { Account, Chain, Client, Transport } from "viem";
import { useClient, useConnectorClient } from "wagmi";
import { type MarketContextValue, useMarketContext } from "./MarketContext.tsx";

/**
 * A plain viem client on the app's chain. Call reads through `viem/actions` (`readContract(publicClient, …)`) or the
 * SDK's readers: a client decorated with every public action would put them all in the first download.
 */
export type MarketPublicClient = Client<Transport, Chain>;

/** The connected wallet as a plain viem client with its account: sign and send through `viem/actions` or the SDK. */
export type MarketWalletClient = Client<Transport, Chain, Account>;

export type Market = MarketContextValue & {
  /** Reads from the app's chain (always available). */
  publicClient: MarketPublicClient;
  /** The connected wallet on the app's chain; undefined when none is connected or it is on another chain. */
  walletClient: MarketWalletClient | undefined;
};

/**
 * Everything a feature needs to talk to the marketplace: `{ deployment, publicClient, walletClient, ipfs, config }`.
 * Reads go through `publicClient` with the SDK's readers; writes go through `useTransaction` (one UX path).
 * @example const { deployment, publicClient } = useMarket(); useQuery(shopQueryOptions(publicClient, deployment, { shopId }))
 */
export function useMarket(): Market {
  const context = useMarketContext();
  const publicClient = useClient({ chainId: context.config.chainId });
  const { data: walletClient } = useConnectorClient({ chainId: context.config.chainId });
  if (publicClient === undefined) throw new Error(`No RPC client for chain ${context.config.chainId}`);
  return { ...context, publicClient, walletClient };
}
