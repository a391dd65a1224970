import type { Deployment } from "@grandrue/sdk";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, configure, type RenderResult, render } from "@testing-library/react";
import type { i18n as I18n, Resource } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createClient, http } from "viem";
import { connect } from "wagmi/actions";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { marketChain } from "../chain.ts";
import { type AppEnv, parseAppConfig } from "../config/appConfig.ts";
import {
  createWalletAccess,
  devWalletConnectorId,
  loadWalletStackModule,
  type MarketWagmiConfig,
  type StartedWalletStack,
} from "../features/wallet/index.ts";
import { createI18n } from "../i18n/createI18n.ts";
import type { Language } from "../i18n/languages.ts";
import { deviceIpfsTokens } from "../market/deviceIpfsTokens.ts";
import { type MarketContextValue, MarketProvider } from "../market/MarketContext.tsx";
import { createMarketIpfs } from "../market/marketIpfs.ts";

// Lazy pages import their chunk before rendering: under `npm test`'s full parallel run that can take longer than
// the one second `findBy…` waits by default.
configure({ asyncUtilTimeout: 10_000 });

const localeFiles = import.meta.glob<Record<string, unknown>>("../locales/*/*.json", {
  eager: true,
  import: "default",
});

/** Every translation, as i18next resources: `{ fr: { common: {…}, errors: {…} }, en: {…} }`. */
export function allLocaleResources(): Resource {
  const resources: Resource = {};
  for (const [path, bundle] of Object.entries(localeFiles)) {
    const [, language, namespace] = /\/locales\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
    if (language === undefined || namespace === undefined) continue;
    resources[language] = { ...resources[language], [namespace]: bundle };
  }
  return resources;
}

/** An i18next instance with every namespace loaded, so tests never suspend. */
export function createTestI18n(language: Language = "fr"): Promise<I18n> {
  return createI18n({ language, resources: allLocaleResources() });
}

/** A deployment record with made-up addresses: enough for the shell, which reads nothing from it. */
export const TEST_DEPLOYMENT: Deployment = {
  chainId: 31337,
  contracts: {
    ShopRegistry: { address: "0x5FbDB2315678afecb367f032d93F642f64180aa3", blockNumber: 1 },
    DeliveryAttestations: { address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", blockNumber: 2 },
    Escrow: { address: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", blockNumber: 3 },
    Reviews: { address: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9", blockNumber: 4 },
    MediatorArbitrator: { address: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9", blockNumber: 5 },
  },
};

export type RenderWithMarketOptions = {
  language?: Language;
  /** Starting route, e.g. "/orders" or "/?q=pain". */
  path?: string;
  /** Connect the dev wallet of this demo account index before rendering (1 is Camille). */
  connectedAccountIndex?: number;
  env?: AppEnv;
  /** The deployment to talk to (a real one on a local chain); by default made-up addresses. */
  deployment?: Deployment;
};

export type RenderWithMarketResult = RenderResult & {
  i18n: I18n;
  wagmiConfig: MarketWagmiConfig;
  queryClient: QueryClient;
  market: MarketContextValue;
};

/**
 * Renders `ui` inside everything the app provides — translations, the real wagmi configuration (dev wallet on the
 * local chain), the query cache, the market context and a router at `path` — so components run as in the app.
 */
export async function renderWithMarket(
  ui: ReactNode,
  options: RenderWithMarketOptions = {},
): Promise<RenderWithMarketResult> {
  const config = parseAppConfig(options.env ?? {});
  const i18n = await createTestI18n(options.language ?? "fr");
  const deployment = options.deployment ?? TEST_DEPLOYMENT;
  // The wallet stack starts at once (no lazy download in tests) and reconnects nothing: a test connects its own.
  const { startWalletStack } = await loadWalletStackModule();
  const started: { stack?: StartedWalletStack } = {};
  const wallet = createWalletAccess(config, deployment, (store) => {
    started.stack = startWalletStack({ config, deployment, store, shouldReconnect: false });
    return started.stack;
  });
  await wallet.load();
  if (started.stack === undefined) throw new Error("the wallet stack did not start");
  const { provide: provideWallet, wagmiConfig } = started.stack;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const chain = marketChain(config);
  const market: MarketContextValue = {
    config,
    chain,
    deployment,
    publicClient: createClient({ chain, transport: http(config.rpcUrl, { batch: true }) }),
    wallet,
    ipfs: createMarketIpfs(config, deviceIpfsTokens()),
  };
  const { hook, searchHook } = memoryLocation({ path: options.path ?? "/" });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MarketProvider value={market}>
          {provideWallet(
            <Router hook={hook} searchHook={searchHook}>
              {ui}
            </Router>,
          )}
        </MarketProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  if (options.connectedAccountIndex !== undefined) {
    const id = devWalletConnectorId({ index: options.connectedAccountIndex });
    const connector = wagmiConfig.connectors.find((candidate) => candidate.id === id);
    if (connector === undefined) throw new Error(`No dev wallet for account ${options.connectedAccountIndex}`);
    await act(() => connect(wagmiConfig, { connector, chainId: config.chainId }));
  }
  return { ...result, i18n, wagmiConfig, queryClient, market };
}
