import type { Passkey } from "@grandrue/sdk";
import { type Address, type Hex, isAddress, isHex } from "viem";

/** A passkey account this device created: what the browser gives only once (the public key) and the name shown. */
export type StoredPasskey = {
  /** The name the device shows in its passkey list ("Grandrue — Léa"). */
  name: string;
  /** The credential id, to name this passkey in prompts. */
  credentialId: Hex;
  /** The account's first passkey, as the factory and the account expect it. */
  passkey: Passkey;
  /** Whether the authenticator has the PRF extension (the privacy seed then follows the passkey to other devices). */
  hasPrf: boolean;
  /** The account this passkey was added to (recovery); absent for an account's first passkey, which derives it. */
  account?: Address;
};

const KEY = "grandrue.passkeys";
const ACTIVE_KEY = "grandrue.passkeys.active";
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

function isStoredPasskey(value: unknown): value is StoredPasskey {
  const entry = value as Partial<StoredPasskey> | null;
  return (
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.name === "string" &&
    isHex(entry.credentialId) &&
    typeof entry.hasPrf === "boolean" &&
    (entry.account === undefined || isAddress(entry.account)) &&
    typeof entry.passkey === "object" &&
    isHex(entry.passkey?.qx) &&
    isHex(entry.passkey?.qy) &&
    isHex(entry.passkey?.rpIdHash) &&
    typeof entry.passkey?.origin === "string"
  );
}

/** The passkeys this device created, oldest first (malformed entries, e.g. from an older app, are skipped). */
export function storedPasskeys(): StoredPasskey[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isStoredPasskey) : [];
  } catch {
    return [];
  }
}

/** Keeps a newly created passkey: its public key is never given again. */
export function storePasskey(entry: StoredPasskey): void {
  const others = storedPasskeys().filter((known) => known.credentialId !== entry.credentialId);
  storage()?.setItem(KEY, JSON.stringify([...others, entry]));
  for (const listener of listeners) listener();
}

/** The passkey the wallet menu connected last, if it is still stored. */
export function activePasskey(): StoredPasskey | undefined {
  const id = storage()?.getItem(ACTIVE_KEY);
  return storedPasskeys().find((entry) => entry.credentialId === id);
}

/** Makes `credentialId` the passkey the connector signs with. */
export function setActivePasskey(credentialId: Hex): void {
  storage()?.setItem(ACTIVE_KEY, credentialId);
  for (const listener of listeners) listener();
}

/** Calls `listener` when the stored or active passkey changes (for `useSyncExternalStore`). */
export function subscribeToPasskeys(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
