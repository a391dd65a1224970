import { type CreateConnectorFn, createConnector, mock } from "wagmi";
import type { DemoAccount } from "./demoAccounts.ts";
import { DEV_WALLET_TYPE, devWalletConnectorId } from "./devWalletIds.ts";

/**
 * A wallet for one account of the local dev chain: wagmi's `mock` connector, whose requests go to the local node
 * that holds the account's key, so `eth_sendTransaction` works with no extension. After a reload it reconnects
 * when it was the last wallet used, unless it was disconnected (which forgets it as the last wallet).
 */
export function devWalletConnector(account: DemoAccount): CreateConnectorFn {
  const base = mock({ accounts: [account.address], features: { reconnect: true } });
  const id = devWalletConnectorId(account);
  return createConnector((config) => {
    const connector = base(config);
    return {
      ...connector,
      id,
      name: account.name ?? `#${account.index}`,
      type: DEV_WALLET_TYPE,
      async disconnect() {
        await config.storage?.removeItem("recentConnectorId");
        return connector.disconnect.call(this);
      },
      async isAuthorized() {
        return (await config.storage?.getItem("recentConnectorId")) === id;
      },
    };
  });
}
