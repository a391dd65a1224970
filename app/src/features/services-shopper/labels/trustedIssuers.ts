import { type Address, getAddress, isAddress } from "viem";

/**
 * The label issuers a shopper chose to trust, kept in this browser per chain. `undefined` means "not chosen yet":
 * the app then trusts every registered issuer (and says so), because hiding all labels until someone opens the
 * settings would make them useless; the shopper narrows the list when they care.
 */
export type TrustChoice = readonly Address[] | undefined;

const listeners = new Set<() => void>();
/** Where the choice is kept in localStorage. */
export const trustChoiceKey = (chainId: number) => `grandrue:trusted-label-issuers:${chainId}`;

/** The stored choice; anything unreadable counts as "not chosen yet". */
export function readTrustChoice(chainId: number): TrustChoice {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(trustChoiceKey(chainId)) ?? "null");
    if (!Array.isArray(stored)) return undefined;
    return stored
      .filter((value): value is string => typeof value === "string" && isAddress(value))
      .map((value) => getAddress(value));
  } catch {
    return undefined;
  }
}

/** Stores the choice (`undefined` forgets it) and tells every subscriber in this tab. */
export function writeTrustChoice(chainId: number, choice: TrustChoice): void {
  if (choice === undefined) localStorage.removeItem(trustChoiceKey(chainId));
  else localStorage.setItem(trustChoiceKey(chainId), JSON.stringify(choice));
  for (const listener of listeners) listener();
}

/** Calls `listener` when the choice changes in this tab or another one. */
export function subscribeTrustChoice(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** Whether an issuer's labels are shown under this choice. */
export function isTrusted(choice: TrustChoice, issuer: Address): boolean {
  return choice === undefined || choice.some((trusted) => trusted.toLowerCase() === issuer.toLowerCase());
}
