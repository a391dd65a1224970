import { useSyncExternalStore } from "react";
import { PLACE_STORAGE_KEY, parsePlace, type ShopperPlace } from "./place.ts";

let lastText: string | null = null;
let lastPlace: ShopperPlace | undefined;

function snapshot(): ShopperPlace | undefined {
  const text = window.localStorage.getItem(PLACE_STORAGE_KEY);
  if (text !== lastText) {
    lastText = text;
    lastPlace = parsePlace(text);
  }
  return lastPlace;
}

function subscribe(onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === PLACE_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

/** The place chosen in Find (`grandrue.place`), or undefined when the shopper has not chosen one. */
export function usePlace(): ShopperPlace | undefined {
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}
