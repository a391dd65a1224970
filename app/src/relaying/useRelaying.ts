import { useQuery } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import type { Address } from "viem";
import { getBalance, getGasPrice } from "viem/actions";
import { PASSKEY_WALLET_TYPE, useWalletStatus } from "../features/wallet/index.ts";
import { useMarket } from "../market/useMarket.ts";
import {
  type RelayingPreferences,
  readRelayingPreferences,
  subscribeRelayingPreferences,
  writeRelayingPreferences,
} from "./relayingPreferences.ts";

/** Gas of a buyer's own transaction, generously (a checkout of several orders); below it the wallet cannot pay. */
const BUYER_ACTION_GAS = 400_000n;

/**
 * Whether `account` holds enough of the chain's coin to pay `gas` at the current gas price (read again every
 * minute): `data` is undefined while it is read or without an account.
 * @example const { data: canPay } = useNetworkFeeCheck(address, 250_000n)
 */
export function useNetworkFeeCheck(account: Address | undefined, gas: bigint, isEnabled = true) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    queryKey: ["networkFeeCheck", deployment.chainId, account, gas.toString()],
    queryFn: async () => {
      const [balance, gasPrice] = await Promise.all([
        getBalance(publicClient, { address: account! }),
        getGasPrice(publicClient),
      ]);
      return balance >= gasPrice * gas;
    },
    enabled: account !== undefined && isEnabled,
    refetchInterval: 60_000,
  });
}

/** The shopper's relaying preferences on this chain and a setter (kept on this device). */
export function useRelayingPreferences(): [RelayingPreferences, (next: RelayingPreferences) => void] {
  const { config } = useMarket();
  const preferences = useSyncExternalStore(subscribeRelayingPreferences, () => readRelayingPreferences(config.chainId));
  const set = useCallback(
    (next: RelayingPreferences) => writeRelayingPreferences(config.chainId, next),
    [config.chainId],
  );
  return [preferences, set];
}

export type Relaying = {
  /** The relayers tried in order: the shopper's own list, else the app's. */
  relayers: readonly string[];
  /** The shopper asked for every action to go through a relayer. */
  isAlwaysRelayed: boolean;
  /** The connected wallet lacks the chain's coin for the network fee (undefined while read, or no wallet). */
  lacksNativeCoin: boolean | undefined;
  /** Buyer actions go through a relayer now: a relayer is configured, and the shopper asked or the wallet must. */
  isRelayed: boolean;
  setAlwaysRelayed(isAlwaysRelayed: boolean): void;
};

/**
 * Whether the shopper's actions go through a relayer: when the wallet holds too little of the chain's coin for the
 * network fee, or when the shopper chose it (checkout and `/settings`), provided a relayer is known. Never for the
 * passkey wallet: its own transactions already reach the chain through a relayer (as passkey-signed batches), while
 * the signed intents of this path would need the account to exist and an ECDSA token pull. The wallet's
 * balance is read only while `isNeeded` (a dialog with a relayed path is open) and a relayer is known.
 * @example const { isRelayed, relayers } = useRelaying()
 */
export function useRelaying(isNeeded = true): Relaying {
  const { config, walletClient } = useMarket();
  const isPasskeyWallet = useWalletStatus().connectorType === PASSKEY_WALLET_TYPE;
  const [preferences, setPreferences] = useRelayingPreferences();
  const relayers = preferences.relayers ?? config.relayers;
  const { data: canPay } = useNetworkFeeCheck(
    walletClient?.account.address,
    BUYER_ACTION_GAS,
    isNeeded && relayers.length > 0,
  );
  const lacksNativeCoin = canPay === undefined ? undefined : !canPay;
  return {
    relayers,
    isAlwaysRelayed: preferences.isAlwaysRelayed,
    lacksNativeCoin,
    isRelayed: !isPasskeyWallet && relayers.length > 0 && (preferences.isAlwaysRelayed || lacksNativeCoin === true),
    setAlwaysRelayed: (isAlwaysRelayed) => setPreferences({ ...preferences, isAlwaysRelayed }),
  };
}
