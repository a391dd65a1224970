import { lazy } from "react";

// The wallet picker, the network switch and the wallet page call wagmi's hooks: they download when first shown,
// beside the wallet stack (render them inside `WithWallet`), never on a first visit.

export const LazyWalletOptions = lazy(() =>
  import("./WalletOptions.tsx").then((module) => ({ default: module.WalletOptions })),
);
export const LazySwitchNetworkButton = lazy(() =>
  import("./SwitchNetworkButton.tsx").then((module) => ({ default: module.SwitchNetworkButton })),
);
export const LazyWalletPage = lazy(() => import("./WalletPage.tsx").then((module) => ({ default: module.WalletPage })));
