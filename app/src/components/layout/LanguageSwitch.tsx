import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../i18n/languages.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { classNames } from "../ui/classNames.ts";

const NATIVE_NAMES = { fr: "Français", en: "English" } as const;

/** "FR | EN" in the header: each button says its language in that language; the current one is pressed. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className={classNames("language-switch", className)} role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switch__option"
          aria-pressed={code === language}
          aria-label={NATIVE_NAMES[code]}
          onClick={() => void setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
