import { type ReactNode, use } from "react";
import { useMarketContext } from "../../../market/MarketContext.tsx";

/**
 * Gives `children` wagmi's hooks: loads the wallet stack the first time (suspending until it is there; render it
 * inside a `<Suspense>`), at once afterwards. Pages and components that connect, switch chain or send through wagmi
 * render inside it; the find page does not, so a first visit downloads no wallet code.
 */
export function WithWallet({ children }: { children: ReactNode }) {
  const { wallet } = useMarketContext();
  return (wallet.getLoadedStack() ?? use(wallet.load())).provide(children);
}
