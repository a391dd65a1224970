import { useTranslation } from "react-i18next";
import type { Place } from "../../../place/types.ts";
import { usePlaceSuggestions } from "../hooks/usePlaceSuggestions.ts";

/** The configured places to search from, as one-click choices (the demo town's on `npm run dev`; often none). */
export function PlaceSuggestions({ onChoose }: { onChoose(place: Place): void }) {
  const { t } = useTranslation("shops");
  const places = usePlaceSuggestions();
  if (places.length === 0) return null;
  return (
    <div className="place-suggestions">
      <span className="place-suggestions__label" id="place-suggestions-label">
        {t("place.suggestions")}
      </span>
      <ul className="place-suggestions__list" aria-labelledby="place-suggestions-label">
        {places.map(({ name, location }) => (
          <li key={name}>
            <button
              type="button"
              className="chip"
              onClick={() => onChoose({ label: name, lat: location.lat, lon: location.lon, source: "suggestion" })}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
