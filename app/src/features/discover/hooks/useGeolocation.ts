import type { LatLon } from "@grandrue/sdk";
import { useCallback, useState } from "react";

/** Why the browser gave no position: the shopper refused, it could not find one, or it cannot locate at all. */
export type GeolocationFailure = "denied" | "unavailable" | "unsupported";

/** How long the browser may take to find the position before the shopper is told to type a place instead. */
const TIMEOUT_MS = 15_000;

/**
 * Asks the browser for the shopper's position (it asks the shopper's permission first) and hands it to `onFound`;
 * a refusal, a failure or a browser without geolocation goes to `onFailure`, never thrown.
 * @example const { locate, isLocating } = useGeolocation({ onFound: (point) => …, onFailure: (reason) => … })
 */
export function useGeolocation({
  onFound,
  onFailure,
}: {
  onFound(point: LatLon): void;
  onFailure(reason: GeolocationFailure): void;
}): { locate(): void; isLocating: boolean } {
  const [isLocating, setLocating] = useState(false);
  const locate = useCallback(() => {
    if (typeof navigator === "undefined" || navigator.geolocation === undefined) {
      onFailure("unsupported");
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onFound({ lat: coords.latitude, lon: coords.longitude });
      },
      (error) => {
        setLocating(false);
        onFailure(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable");
      },
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 5 * 60_000 },
    );
  }, [onFound, onFailure]);
  return { locate, isLocating };
}
