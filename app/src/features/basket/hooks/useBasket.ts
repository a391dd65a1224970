import { useSyncExternalStore } from "react";
import { type BasketChoice, type BasketLine, type BasketStore, createBasketStore } from "../basketStore.ts";

/** The app's one basket, in this browser's localStorage. */
export const basketStore: BasketStore = createBasketStore(
  typeof window === "undefined" ? undefined : window.localStorage,
);

export type UseBasketResult = BasketStore & {
  lines: readonly BasketLine[];
  choices: Readonly<Record<string, BasketChoice>>;
  itemCount: number;
};

/** The basket's lines, each shop's choices and the store's actions; re-renders when the basket changes (in any tab). */
export function useBasket(store: BasketStore = basketStore): UseBasketResult {
  const lines = useSyncExternalStore(store.subscribe, store.getLines);
  const choices = useSyncExternalStore(store.subscribe, store.getChoices);
  const itemCount = lines.reduce((total, line) => total + line.quantity, 0);
  return { ...store, lines, choices, itemCount };
}
