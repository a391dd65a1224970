import type { Deployment } from "@grandrue/sdk";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo, useState } from "react";
import { WagmiProvider } from "wagmi";
import { marketChain } from "./chain.ts";
import type { AppConfig } from "./config/appConfig.ts";
import { useDeviceIpfsTokens } from "./market/deviceIpfsTokens.ts";
import { type MarketContextValue, MarketProvider } from "./market/MarketContext.tsx";
import { createMarketIpfs } from "./market/marketIpfs.ts";
import { createMarketWagmiConfig } from "./wagmi.ts";

/** Reads stay fresh for 30 s; writes invalidate what they change (house style A2), so no polling. */
function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } });
}

/**
 * Wallets (wagmi), the query cache and the marketplace context, created once for the app's lifetime; the IPFS client
 * again when the merchant changes a token kept on this device.
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
  const [wagmiConfig] = useState(() => createMarketWagmiConfig(config, deployment));
  const [queryClient] = useState(createQueryClient);
  const [chain] = useState(() => marketChain(config));
  const deviceTokens = useDeviceIpfsTokens();
  const market = useMemo<MarketContextValue>(
    () => ({ config, deployment, chain, ipfs: createMarketIpfs(config, deviceTokens) }),
    [config, deployment, chain, deviceTokens],
  );
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <MarketProvider value={market}>{children}</MarketProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
