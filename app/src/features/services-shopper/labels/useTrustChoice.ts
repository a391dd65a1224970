import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Address } from "viem";
import { useMarket } from "../../../market/index.ts";
import {
  readTrustChoice,
  subscribeTrustChoice,
  type TrustChoice,
  trustChoiceKey,
  writeTrustChoice,
} from "./trustedIssuers.ts";

/**
 * The shopper's trusted label issuers on this chain and a setter (`undefined` = not chosen yet: all trusted).
 * @example const [choice, setChoice] = useTrustChoice()
 */
export function useTrustChoice(): [TrustChoice, (choice: readonly Address[] | undefined) => void] {
  const { chainId } = useMarket().deployment;
  // The stored text is the snapshot (a string compares by value); it is parsed only when it changes.
  const stored = useSyncExternalStore(subscribeTrustChoice, () => localStorage.getItem(trustChoiceKey(chainId)));
  const choice = useMemo(() => (stored === null ? undefined : readTrustChoice(chainId)), [stored, chainId]);
  const setChoice = useCallback((next: readonly Address[] | undefined) => writeTrustChoice(chainId, next), [chainId]);
  return [choice, setChoice];
}
