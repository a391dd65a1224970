import { useWalletStatus } from "../features/wallet/index.ts";

/** Why a transaction cannot start yet, and so which fix to offer. */
export type TransactionGuard = { kind: "connect" } | { kind: "switch"; chainName: string };

/** "Connect a wallet" when none is connected, "Switch to {{chain}}" when it is on another chain, else nothing. */
export function useTransactionGuard(): TransactionGuard | undefined {
  const { isConnected, isWrongNetwork, chainName } = useWalletStatus();
  if (!isConnected) return { kind: "connect" };
  if (isWrongNetwork) return { kind: "switch", chainName };
  return undefined;
}
