import type { ReactNode } from "react";
import type { Account, Address, Chain, Client, Transport } from "viem";

/** The connected wallet as a plain viem client with its account: sign and send through `viem/actions` or the SDK. */
export type MarketWalletClient = Client<Transport, Chain, Account>;

/** What the rest of the app knows of the wallet, without loading the wallet stack (wagmi and its connectors). */
export type WalletConnection = {
  status: "disconnected" | "connecting" | "reconnecting" | "connected";
  address: Address | undefined;
  /** The chain the wallet is on (maybe not the app's). */
  chainId: number | undefined;
  /** The wallet's name (MetaMask, Rabby, a demo person's name) and wagmi connector type. */
  connectorName: string | undefined;
  connectorType: string | undefined;
  /** A client for the connected wallet on the app's chain; undefined when none is connected or on another chain. */
  walletClient: MarketWalletClient | undefined;
};

export const DISCONNECTED: WalletConnection = {
  status: "disconnected",
  address: undefined,
  chainId: undefined,
  connectorName: undefined,
  connectorType: undefined,
  walletClient: undefined,
};

/** The loaded wallet stack: `provide(children)` gives wagmi's hooks in `children` their configuration. */
export type WalletStack = { provide(children: ReactNode): ReactNode };

/**
 * The wallet as the app shares it: the connection (readable at once, `DISCONNECTED` until the stack reports) and
 * `load()`, which downloads wagmi, the connectors and the passkey wallet once and reconnects a wallet used before.
 */
export type WalletAccess = {
  getConnection(): WalletConnection;
  subscribe(onChange: () => void): () => void;
  /** The same promise on every call (until a failed download), so the lazy wallet provider waits on it once. */
  load(): Promise<WalletStack>;
  /** The stack once `load()` has finished, else undefined. */
  getLoadedStack(): WalletStack | undefined;
};

/** The writable side of a {@link WalletAccess}, for the wallet stack that reports the connection. */
export type WalletConnectionStore = Pick<WalletAccess, "getConnection" | "subscribe"> & {
  setConnection(next: Partial<WalletConnection>): void;
};

/** A store of the wallet connection that components read with `useSyncExternalStore`. */
export function createWalletConnectionStore(): WalletConnectionStore {
  let connection = DISCONNECTED;
  const listeners = new Set<() => void>();
  return {
    getConnection: () => connection,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    setConnection(next) {
      connection = { ...connection, ...next };
      for (const listener of listeners) listener();
    },
  };
}
