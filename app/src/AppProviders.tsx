import type { Deployment } from "@grandrue/sdk";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo, useState } from "react";
import { createClient, http } from "viem";
import { marketChain } from "./chain.ts";
import type { AppConfig } from "./config/appConfig.ts";
import { createWalletAccess } from "./features/wallet/index.ts";
import { useDeviceIpfsTokens } from "./market/deviceIpfsTokens.ts";
import { type MarketContextValue, MarketProvider } from "./market/MarketContext.tsx";
import { createMarketIpfs } from "./market/marketIpfs.ts";

/** Reads stay fresh for 30 s; writes invalidate what they change (house style A2), so no polling. */
function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } });
}

/**
 * The query cache and the marketplace context (a reading client on the configured RPC URL, the wallet access that
 * loads wallets when needed), created once for the app's lifetime; the IPFS client again when the merchant changes a
 * token kept on this device.
 */
export function AppProviders({
  config,
  deployment,
  children,
}: {
  config: AppConfig;
  deployment: Deployment;
  children: ReactNode;
}) {
  const [queryClient] = useState(createQueryClient);
  const [chain] = useState(() => marketChain(config));
  const [publicClient] = useState(() => createClient({ chain, transport: http(config.rpcUrl, { batch: true }) }));
  const [wallet] = useState(() => createWalletAccess(config, deployment));
  const deviceTokens = useDeviceIpfsTokens();
  const market = useMemo<MarketContextValue>(
    () => ({ config, deployment, chain, publicClient, wallet, ipfs: createMarketIpfs(config, deviceTokens) }),
    [config, deployment, chain, publicClient, wallet, deviceTokens],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MarketProvider value={market}>{children}</MarketProvider>
    </QueryClientProvider>
  );
}
