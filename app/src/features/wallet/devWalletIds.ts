import type { DemoAccount } from "./demoAccounts.ts";

// Apart from the connector (devWalletConnector.ts), which loads with the wallet stack.

/** Connector type of the dev wallet, so pickers can group its accounts apart from installed wallets. */
export const DEV_WALLET_TYPE = "devWallet";

/** The id of the dev-wallet connector of a demo account. */
export function devWalletConnectorId(account: Pick<DemoAccount, "index">): string {
  return `grandrue-dev-${account.index}`;
}
