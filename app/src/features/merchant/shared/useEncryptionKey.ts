import {
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  type ParsedMarketError,
  parseMarketError,
} from "@grandrue/sdk";
import { useCallback, useState, useSyncExternalStore } from "react";
import { useMarket } from "../../../market/index.ts";
import { sessionEncryptionKey, subscribeToEncryptionKeys, unlockEncryptionKey } from "./encryptionKeys.ts";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Whose key: a shop by id, or the connected carrier. */
export type KeySubject = DistributiveOmit<EncryptionKeyRequestParameters, "chainId" | "account">;

export type EncryptionKeyHandle = {
  /** The key, once unlocked in this session by this account. */
  keys: EncryptionKeyPair | undefined;
  /** Asks the wallet for the signature (once per session). */
  unlock(): Promise<void>;
  isUnlocking: boolean;
  error: ParsedMarketError | undefined;
  /** False without a connected wallet on the app's chain. */
  canUnlock: boolean;
};

/**
 * The connected account's encryption key for a shop or as a carrier, unlocked by one signature per session and
 * shared by every component that asks for the same subject.
 * @example const shopKey = useEncryptionKey({ role: "shop", shopId }); <Button onClick={shopKey.unlock}>…
 */
export function useEncryptionKey(subject: KeySubject | undefined): EncryptionKeyHandle {
  const { walletClient, deployment } = useMarket();
  const [isUnlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<ParsedMarketError>();
  const request =
    subject === undefined || walletClient === undefined
      ? undefined
      : ({
          ...subject,
          chainId: deployment.chainId,
          account: walletClient.account.address,
        } as EncryptionKeyRequestParameters);
  const keys = useSyncExternalStore(subscribeToEncryptionKeys, () =>
    request === undefined ? undefined : sessionEncryptionKey(request),
  );
  const requestId = JSON.stringify(request, (_, value: unknown) =>
    typeof value === "bigint" ? value.toString() : value,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the request is compared by value (`requestId`)
  const unlock = useCallback(async () => {
    if (walletClient === undefined || request === undefined) return;
    setUnlocking(true);
    setError(undefined);
    try {
      await unlockEncryptionKey(walletClient, request);
    } catch (failure) {
      setError(parseMarketError(failure));
    } finally {
      setUnlocking(false);
    }
  }, [walletClient, requestId]);
  return { keys, unlock, isUnlocking, error, canUnlock: request !== undefined };
}
