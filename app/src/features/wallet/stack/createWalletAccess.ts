import type { Deployment } from "@grandrue/sdk";
import type { AppConfig } from "../../../config/appConfig.ts";
import {
  createWalletConnectionStore,
  type WalletAccess,
  type WalletConnectionStore,
  type WalletStack,
} from "../../../market/walletConnection.ts";
import { loadWalletStackModule } from "./loadWalletStackModule.ts";

/** Where wagmi keeps the connection (`<key>.store`, `<key>.recentConnectorId`). */
export const WALLET_STORAGE_KEY = "grandrue.wallet";

/** Starts the wallet stack reporting to `store`; by default the one of `walletStack.tsx`, downloaded then. */
export type StartWalletStack = (store: WalletConnectionStore) => WalletStack | Promise<WalletStack>;

/**
 * The app's wallet access: a first visit loads no wallet code; `load()` (the connect button, a page that needs the
 * wallet) downloads wagmi, the connectors and the passkey wallet once. A wallet connected before (wagmi's stored
 * connection) loads it at once, so a returning shopper is reconnected as before.
 * @example const wallet = createWalletAccess(config, deployment); wallet.load()
 */
export function createWalletAccess(
  config: AppConfig,
  deployment: Deployment,
  start: StartWalletStack = async (store) =>
    (await loadWalletStackModule()).startWalletStack({ config, deployment, store }),
): WalletAccess {
  const store = createWalletConnectionStore();
  let loading: Promise<WalletStack> | undefined;
  let loaded: WalletStack | undefined;
  const wallet: WalletAccess = {
    getConnection: store.getConnection,
    subscribe: store.subscribe,
    load() {
      loading ??= Promise.resolve(start(store)).then(
        (stack) => {
          loaded = stack;
          return stack;
        },
        (error: unknown) => {
          loading = undefined; // a download that failed (offline) is tried again on the next load()
          throw error;
        },
      );
      return loading;
    },
    getLoadedStack: () => loaded,
  };
  if (wasConnectedBefore()) void wallet.load();
  return wallet;
}

/** Whether wagmi's stored state names a current connection (it clears it on disconnect). */
function wasConnectedBefore(): boolean {
  if (typeof window === "undefined") return false;
  try {
    const stored = JSON.parse(window.localStorage.getItem(`${WALLET_STORAGE_KEY}.store`) ?? "null") as {
      state?: { current?: unknown };
    } | null;
    return Boolean(stored?.state?.current);
  } catch {
    return false;
  }
}
