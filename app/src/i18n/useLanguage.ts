import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, LANGUAGE_STORAGE_KEY, type Language } from "./languages.ts";

/**
 * The current language and a setter that switches the whole app and remembers the choice in this browser.
 */
export function useLanguage(): { language: Language; setLanguage(language: Language): Promise<void> } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const setLanguage = useCallback(
    async (next: Language) => {
      rememberLanguage(next);
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}

/** Stores the chosen language; a browser that refuses storage (private mode) simply forgets it. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage disabled: the choice lasts for this visit only.
  }
}

/** The stored choice, or null when there is none or storage is disabled. */
export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
