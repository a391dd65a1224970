import { useSyncExternalStore } from "react";

/**
 * Access tokens a merchant gave this device for the configured IPFS nodes, by API URL. They stay in this browser's
 * storage only: they are never part of the app's build or sent anywhere but to their own node.
 */
export type DeviceIpfsTokens = Readonly<Record<string, string>>;

export const DEVICE_IPFS_TOKENS_KEY = "grandrue.ipfs-tokens";

const listeners = new Set<() => void>();
const NONE: DeviceIpfsTokens = Object.freeze({});
let cached: { text: string | null; tokens: DeviceIpfsTokens } = { text: null, tokens: NONE };

const storage = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

/** The tokens this device holds (none when storage is disabled or the entry is damaged). */
export function deviceIpfsTokens(): DeviceIpfsTokens {
  let text: string | null = null;
  try {
    text = storage()?.getItem(DEVICE_IPFS_TOKENS_KEY) ?? null;
  } catch {
    return NONE;
  }
  if (text === cached.text) return cached.tokens;
  let tokens: DeviceIpfsTokens = NONE;
  try {
    const parsed: unknown = text === null ? {} : JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null)
      tokens = Object.fromEntries(Object.entries(parsed).filter(([, token]) => typeof token === "string"));
  } catch {
    // A damaged entry counts as no token: the merchant enters them again.
  }
  cached = { text, tokens };
  return tokens;
}

/**
 * Keeps `token` on this device for the node at `apiUrl`, or forgets it when `token` is undefined.
 * @throws Error when the browser refuses to store it (storage disabled or full).
 */
export function setDeviceIpfsToken(apiUrl: string, token: string | undefined): void {
  const { [apiUrl]: _previous, ...others } = deviceIpfsTokens();
  const next = token === undefined ? others : { ...others, [apiUrl]: token };
  const target = storage();
  if (target === undefined) throw new Error("This browser does not let the app keep anything on the device");
  target.setItem(DEVICE_IPFS_TOKENS_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DEVICE_IPFS_TOKENS_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The device's tokens, re-rendering when they change here or in another tab. */
export function useDeviceIpfsTokens(): DeviceIpfsTokens {
  return useSyncExternalStore(subscribe, deviceIpfsTokens, () => NONE);
}
