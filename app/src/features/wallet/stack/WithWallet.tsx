import { type ComponentType, lazy, type ReactNode } from "react";
import { useMarketContext } from "../../../market/MarketContext.tsx";
import type { WalletAccess } from "../../../market/walletConnection.ts";

type WalletProvider = ComponentType<{ children: ReactNode }>;

/** One lazy provider per wallet access, so React downloads the stack once and keeps the result. */
const providers = new WeakMap<WalletAccess, WalletProvider>();

function lazyWalletProvider(wallet: WalletAccess): WalletProvider {
  let provider = providers.get(wallet);
  if (provider === undefined) {
    provider = lazy(async () => {
      const stack = await wallet.load();
      return { default: ({ children }: { children: ReactNode }) => stack.provide(children) };
    });
    providers.set(wallet, provider);
  }
  return provider;
}

/**
 * Gives `children` wagmi's hooks: loads the wallet stack the first time (suspending until it is there, as a lazy
 * component does; render it inside a `<Suspense>`), at once afterwards. Pages and components that connect, switch
 * chain or send through wagmi render inside it; the find page does not, so a first visit downloads no wallet code.
 */
export function WithWallet({ children }: { children: ReactNode }) {
  const { wallet } = useMarketContext();
  const loaded = wallet.getLoadedStack();
  if (loaded !== undefined) return loaded.provide(children);
  const WalletProvider = lazyWalletProvider(wallet);
  return <WalletProvider>{children}</WalletProvider>;
}
