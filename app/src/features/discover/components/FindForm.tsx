import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { SearchIcon } from "../../../components/ui/icons.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import type { Place } from "../../../place/types.ts";
import { usePlaceField } from "../hooks/usePlaceField.ts";
import type { PlaceDirectory } from "../place/placeDirectory.ts";
import { PlaceSuggestions } from "./PlaceSuggestions.tsx";

export type FindFormProps = {
  need: string;
  place: Place | undefined;
  /** Undefined while the shop index loads: names are resolved once it has loaded. */
  directory: PlaceDirectory | undefined;
  onSearch(need: string): void;
  onPlace(place: Place | undefined): void;
  /** A name the directory does not know was typed: load a fuller directory (see `usePlaceField`). */
  onUnknownPlace?: () => void;
};

/** "What you need" and "Near": a town, a postcode, coordinates or the browser's position, with the demo's places to try. */
export function FindForm({ need, place, directory, onSearch, onPlace, onUnknownPlace }: FindFormProps) {
  const { t } = useTranslation("shops");
  const [needText, setNeedText] = useState(need);
  useEffect(() => setNeedText(need), [need]);
  const placeField = usePlaceField({ place, directory, onPlace, onUnknownPlace });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (placeField.commit()) onSearch(needText);
  };
  const status =
    placeField.pendingName !== undefined
      ? t("place.resolving", { place: placeField.pendingName })
      : place === undefined
        ? t("place.none")
        : t("place.current", { place: place.label });
  return (
    <form className="find-form" role="search" aria-label={t("find.formLabel")} onSubmit={submit} noValidate>
      <div className="find-form__fields">
        <Field label={t("find.needLabel")} className="find-form__need">
          <TextInput
            type="search"
            name="need"
            value={needText}
            onChange={(event) => setNeedText(event.target.value)}
            placeholder={t("find.needPlaceholder")}
            enterKeyHint="search"
          />
        </Field>
        <Field label={t("place.label")} hint={t("place.hint")} error={placeField.error} className="find-form__place">
          <TextInput
            name="place"
            value={placeField.text}
            onChange={(event) => placeField.setText(event.target.value)}
            placeholder={t("place.placeholder")}
            autoComplete="postal-code"
          />
        </Field>
        <Button type="submit" variant="primary" icon={<SearchIcon />} className="find-form__submit">
          {t("find.submit")}
        </Button>
      </div>
      <div className="find-form__extras">
        <Button variant="quiet" size="small" onClick={placeField.locate} isLoading={placeField.isLocating}>
          {t("place.useMyLocation")}
        </Button>
        <PlaceSuggestions onChoose={placeField.choose} />
      </div>
      <p
        className={
          placeField.pendingName === undefined && place !== undefined
            ? "find-form__place-status find-form__place-status--current"
            : "find-form__place-status"
        }
        role="status"
      >
        {status}
      </p>
    </form>
  );
}
