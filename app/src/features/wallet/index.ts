/**
 * Wallet feature: connecting (browser wallets, the passkey wallet, demo accounts), naming accounts, the
 * wrong-network banner and the `/wallet` page.
 */
export { ConnectWalletButton, type ConnectWalletButtonProps } from "./components/ConnectWalletButton.tsx";
export { SwitchNetworkButton } from "./components/SwitchNetworkButton.tsx";
export { WalletButton } from "./components/WalletButton.tsx";
export { WalletOptions } from "./components/WalletOptions.tsx";
export { WalletPage } from "./components/WalletPage.tsx";
export { WrongNetworkBanner } from "./components/WrongNetworkBanner.tsx";
export { DEMO_ACCOUNT_NAMES, type DemoAccount, type DemoRole, demoAccounts, HARDHAT_ACCOUNTS } from "./demoAccounts.ts";
export { DEV_WALLET_TYPE, devWalletConnector, devWalletConnectorId } from "./devWalletConnector.ts";
export { demoAccountLabel, findDemoAccount, useAccountName, usePersonName } from "./hooks/useAccountName.ts";
export { useWalletStatus, type WalletStatus } from "./hooks/useWalletStatus.ts";
export { PASSKEY_CONNECTOR_ID, PASSKEY_WALLET_TYPE, passkeyConnector } from "./passkey/passkeyConnector.ts";
