import { useCallback, useState } from "react";
import { readSavedPlace, savePlace } from "../place/savedPlace.ts";
import type { Place } from "../place/types.ts";

const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);

/**
 * The place the shopper searches from, remembered in this browser's localStorage.
 * @example const [place, setPlace] = usePlace(); setPlace({ label: "47.72, 2.46", lat: 47.72, lon: 2.46, source: "coordinates" })
 */
export function usePlace(): [Place | undefined, (place: Place | undefined) => void] {
  const [place, setPlaceState] = useState(() => readSavedPlace(storage()));
  const setPlace = useCallback((next: Place | undefined) => {
    savePlace(storage(), next);
    setPlaceState(next);
  }, []);
  return [place, setPlace];
}
