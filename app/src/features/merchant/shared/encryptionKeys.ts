import {
  deriveEncryptionKeyPair,
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  encryptionKeyTypedData,
} from "@grandrue/sdk";
import type { Account, Chain, Client, Transport } from "viem";
import { signTypedData } from "viem/actions";

type Wallet = Client<Transport, Chain, Account>;

const sessionKeys = new Map<string, EncryptionKeyPair>();
const listeners = new Set<() => void>();

function keyId(request: EncryptionKeyRequestParameters): string {
  const subject = request.role === "shop" ? request.shopId.toString() : "0";
  return `${request.chainId}:${request.account.toLowerCase()}:${request.role}:${subject}`;
}

/** The key this page already derived for `request`, if any (kept in memory only, gone when the tab closes). */
export function sessionEncryptionKey(request: EncryptionKeyRequestParameters): EncryptionKeyPair | undefined {
  return sessionKeys.get(keyId(request));
}

/** Keeps a derived key for the rest of the session, so the wallet is asked once. */
export function rememberEncryptionKey(request: EncryptionKeyRequestParameters, keys: EncryptionKeyPair): void {
  sessionKeys.set(keyId(request), keys);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a key is remembered (for `useSyncExternalStore`). */
export function subscribeToEncryptionKeys(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The shop's or carrier's encryption key: asks the wallet to sign the key request once per session and derives
 * the x25519 key pair from the signature (nothing is stored; signing again gives the same key).
 * @example const keys = await unlockEncryptionKey(walletClient, { chainId, account, role: "shop", shopId: 7n })
 */
export async function unlockEncryptionKey(
  walletClient: Wallet,
  request: EncryptionKeyRequestParameters,
): Promise<EncryptionKeyPair> {
  const known = sessionEncryptionKey(request);
  if (known !== undefined) return known;
  const signature = await signTypedData(walletClient, {
    account: walletClient.account,
    ...encryptionKeyTypedData(request),
  });
  const keys = deriveEncryptionKeyPair(signature);
  rememberEncryptionKey(request, keys);
  return keys;
}
