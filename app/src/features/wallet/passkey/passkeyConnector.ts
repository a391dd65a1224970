import { getAddress } from "viem";
import { type CreateConnectorFn, createConnector } from "wagmi";
import { PASSKEY_CONNECTOR_ID, PASSKEY_WALLET_TYPE } from "./passkeyIds.ts";
import { createPasskeyProvider, type PasskeyWalletOptions } from "./passkeyProvider.ts";
import { activePasskey } from "./passkeyStore.ts";

/**
 * The passkey wallet as a wagmi connector, beside the browser wallets: its account is the active passkey's account
 * (counterfactual until the first relayed batch creates it), its transactions are passkey-signed batches that a
 * relayer submits. Connecting asks nothing (the passkey was created or chosen before); after a reload it reconnects
 * when it was the last wallet used.
 */
export function passkeyConnector(options: Omit<PasskeyWalletOptions, "chain" | "passkey">): CreateConnectorFn {
  return createConnector((config) => {
    const chain = config.chains[0];
    const provider = createPasskeyProvider({ ...options, chain, passkey: activePasskey });
    const accounts = async () =>
      ((await provider.request({ method: "eth_accounts" })) as string[]).map((address) => getAddress(address));
    return {
      id: PASSKEY_CONNECTOR_ID,
      name: "Passkey",
      type: PASSKEY_WALLET_TYPE,
      async connect<withCapabilities extends boolean = false>({
        withCapabilities,
      }: {
        withCapabilities?: withCapabilities | boolean | undefined;
      } = {}) {
        const connected = await accounts();
        if (connected.length === 0) throw new Error("Create or choose a passkey first");
        return {
          accounts: (withCapabilities
            ? connected.map((address) => ({ address, capabilities: {} }))
            : connected) as never,
          chainId: chain.id,
        };
      },
      async disconnect() {
        await config.storage?.removeItem("recentConnectorId");
      },
      getAccounts: accounts,
      async getChainId() {
        return chain.id;
      },
      async getProvider() {
        return provider;
      },
      async isAuthorized() {
        return (
          (await config.storage?.getItem("recentConnectorId")) === PASSKEY_CONNECTOR_ID && activePasskey() !== undefined
        );
      },
      onAccountsChanged(changed) {
        config.emitter.emit("change", { accounts: changed.map((address) => getAddress(address)) });
      },
      onChainChanged() {},
      onDisconnect() {
        config.emitter.emit("disconnect");
      },
    };
  });
}
