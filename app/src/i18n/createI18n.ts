import i18next, { type BackendModule, type i18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, type Language } from "./languages.ts";

type Bundle = { default: Record<string, unknown> };

/** Each `locales/<language>/<namespace>.json`, loaded on first use so a page only downloads what it shows. */
const bundleLoaders = import.meta.glob<Bundle>("../locales/*/*.json");

/** An i18next backend over the bundled locale files. */
const localeFilesBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = bundleLoaders[`../locales/${language}/${namespace}.json`];
    if (load === undefined) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (bundle) => callback(null, bundle.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export type CreateI18nOptions = {
  language: Language;
  /** All translations up front (tests); otherwise they are loaded per namespace as pages ask for them. */
  resources?: Resource;
};

/**
 * A fresh i18next instance for the app: namespaces `common` (default) and one per part of the app (languages.ts),
 * each downloaded when a page first shows it: the find page needs only `common` and `shops`, so text shown only by
 * other pages lives in their own namespaces (`searchSettings`, `services`…). It keeps `<html lang>` in step with the
 * language. Both languages are complete (a test checks it), so
 * there is no fallback language to download.
 * @example const i18n = await createI18n({ language: "fr" }); i18n.t("common:nav.orders") // "Commandes"
 */
export async function createI18n({ language, resources }: CreateI18nOptions): Promise<i18n> {
  const instance = i18next.createInstance();
  if (resources === undefined) instance.use(localeFilesBackend);
  instance.use(initReactI18next);
  await instance.init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    ns: ["common"],
    defaultNS: "common",
    fallbackNS: false,
    resources,
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
  if (typeof document !== "undefined") {
    document.documentElement.lang = instance.language;
    instance.on("languageChanged", (next) => {
      document.documentElement.lang = next;
    });
  }
  return instance;
}
