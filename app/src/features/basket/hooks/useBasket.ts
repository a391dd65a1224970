import { useSyncExternalStore } from "react";
import { createBasketStore, type BasketLine, type BasketStore } from "../basketStore.ts";

/** The app's one basket, in this browser's localStorage. */
export const basketStore: BasketStore = createBasketStore(typeof window === "undefined" ? undefined : window.localStorage);

/** The basket's lines and the store's actions; re-renders when the basket changes (in any tab). */
export function useBasket(store: BasketStore = basketStore): { lines: readonly BasketLine[]; itemCount: number } & BasketStore {
  const lines = useSyncExternalStore(store.subscribe, store.getLines);
  const itemCount = lines.reduce((total, line) => total + line.quantity, 0);
  return { ...store, lines, itemCount };
}
