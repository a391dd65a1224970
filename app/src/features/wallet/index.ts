/**
 * Wallet feature: connecting (browser wallets, the passkey wallet, demo accounts), naming accounts, the
 * wrong-network banner and the `/wallet` page. wagmi, the connectors and the passkey wallet (the wallet stack) load
 * only when needed: inside `WithWallet`, or at start for a wallet connected before (`createWalletAccess`).
 */
export { ConnectWalletButton, type ConnectWalletButtonProps } from "./components/ConnectWalletButton.tsx";
export { LazyWalletPage as WalletPage } from "./components/lazyWalletUi.ts";
export { SwitchNetworkButton } from "./components/SwitchNetworkButton.tsx";
export { WalletButton } from "./components/WalletButton.tsx";
export { WalletOptions } from "./components/WalletOptions.tsx";
export { WrongNetworkBanner } from "./components/WrongNetworkBanner.tsx";
export { DEMO_ACCOUNT_NAMES, type DemoAccount, type DemoRole, demoAccounts, HARDHAT_ACCOUNTS } from "./demoAccounts.ts";
export { DEV_WALLET_TYPE, devWalletConnectorId } from "./devWalletIds.ts";
export { demoAccountLabel, findDemoAccount, useAccountName, usePersonName } from "./hooks/useAccountName.ts";
export { useWalletStatus, type WalletStatus } from "./hooks/useWalletStatus.ts";
export { PASSKEY_CONNECTOR_ID, PASSKEY_WALLET_TYPE } from "./passkey/passkeyIds.ts";
export { createWalletAccess, type StartWalletStack } from "./stack/createWalletAccess.ts";
export { loadWalletStackModule } from "./stack/loadWalletStackModule.ts";
export { WithWallet } from "./stack/WithWallet.tsx";
export type { MarketWagmiConfig } from "./stack/wagmiConfig.ts";
export type { StartedWalletStack } from "./stack/walletStack.tsx";
