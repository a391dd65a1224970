import { useSyncExternalStore } from "react";
import { PLACE_STORAGE_KEY, readSavedPlace, savePlace } from "./savedPlace.ts";
import type { Place } from "./types.ts";

const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);

/** Every mounted `usePlace`, told when this tab chooses a place (the `storage` event only tells other tabs). */
const listeners = new Set<() => void>();

let lastText: string | null = null;
let lastPlace: Place | undefined;
/** A place chosen while storage refuses writes (full, disabled): it lasts for this visit. */
let unsaved: { place: Place | undefined } | undefined;

function storedText(): string | null {
  try {
    return storage()?.getItem(PLACE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function snapshot(): Place | undefined {
  if (unsaved !== undefined) return unsaved.place;
  const text = storedText();
  if (text !== lastText) {
    lastText = text;
    lastPlace = readSavedPlace(storage());
  }
  return lastPlace;
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PLACE_STORAGE_KEY && event.key !== null) return;
    unsaved = undefined;
    onChange();
  };
  listeners.add(onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function setPlace(place: Place | undefined): void {
  savePlace(storage(), place);
  const isSaved = storedText() === (place === undefined ? null : JSON.stringify(place));
  unsaved = isSaved ? undefined : { place };
  for (const listener of listeners) listener();
}

/**
 * The place the shopper searches from and delivery fees are measured from, remembered in this browser's localStorage:
 * chosen in Find, read by the basket and checkout, the same in every tab.
 * @example const [place, setPlace] = usePlace(); setPlace({ label: "47.72, 2.46", lat: 47.72, lon: 2.46, source: "coordinates" })
 */
export function usePlace(): [Place | undefined, (place: Place | undefined) => void] {
  return [useSyncExternalStore(subscribe, snapshot, () => undefined), setPlace];
}
