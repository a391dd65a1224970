import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { addSlug } from "../../lib/slugs.ts";

export type SlugPickerProps = {
  legend: string;
  hint?: string;
  /** Slugs offered as toggles, with their translated names. */
  suggestions: readonly { slug: string; label: string }[];
  value: readonly string[];
  onChange(slugs: string[]): void;
  max: number;
  error?: string;
};

/** Categories or labels: suggested ones to tick, and free words turned into slugs ("Pain bio" → pain-bio). */
export function SlugPicker({ legend, hint, suggestions, value, onChange, max, error }: SlugPickerProps) {
  const { t } = useTranslation("merchant");
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const labelOf = (slug: string) => suggestions.find((suggestion) => suggestion.slug === slug)?.label ?? slug;
  const toggle = (slug: string) =>
    onChange(value.includes(slug) ? value.filter((entry) => entry !== slug) : addSlug(value, slug, max));
  const addTyped = () => {
    onChange(addSlug(value, typed, max));
    setTyped("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    addTyped();
  };
  const custom = value.filter((slug) => !suggestions.some((suggestion) => suggestion.slug === slug));
  return (
    <fieldset className="slug-picker">
      <legend className="field__label">{legend}</legend>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <div className="chips">
        {[...suggestions.map((suggestion) => suggestion.slug), ...custom].map((slug) => (
          <button
            key={slug}
            type="button"
            className="chip"
            aria-pressed={value.includes(slug)}
            onClick={() => toggle(slug)}
          >
            {labelOf(slug)}
          </button>
        ))}
      </div>
      <div className="slug-picker__add">
        <label className="visually-hidden" htmlFor={inputId}>
          {t("form.slugs.addLabel", { legend })}
        </label>
        <input
          id={inputId}
          className="input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t("form.slugs.placeholder")}
        />
        <Button size="small" onClick={addTyped} disabled={typed.trim() === "" || value.length >= max}>
          {t("form.slugs.add")}
        </Button>
      </div>
      <p className="field__hint">{t("form.slugs.count", { count: value.length, max })}</p>
      {error !== undefined && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
