import type { PlaceSuggestion } from "../../../config/appConfig.ts";
import { useMarket } from "../../../market/useMarket.ts";

/** The places this deployment of the app offers as starting points (`VITE_PLACE_SUGGESTIONS`; the demo town's on `npm run dev`). */
export function usePlaceSuggestions(): readonly PlaceSuggestion[] {
  return useMarket().config.placeSuggestions;
}
