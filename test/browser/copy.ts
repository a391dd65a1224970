import { readFileSync } from "node:fs";

const LOCALES = new URL("../../app/src/locales/fr/", import.meta.url);
const FRENCH_PLURALS = new Intl.PluralRules("fr");

type Messages = { [key: string]: string | Messages };
const namespaces = new Map<string, Messages>();

function namespace(name: string): Messages {
  let messages = namespaces.get(name);
  if (messages === undefined) {
    messages = JSON.parse(readFileSync(new URL(`${name}.json`, LOCALES), "utf8")) as Messages;
    namespaces.set(name, messages);
  }
  return messages;
}

function lookup(messages: Messages, path: string): string | Messages | undefined {
  return path
    .split(".")
    .reduce<string | Messages | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      messages,
    );
}

/**
 * The app's French text for `key` ("namespace:path"), as the page shows it: read from app/src/locales/fr/, with
 * `{{values}}` filled in and the plural form `count` picks (`_one`, `_other`), so a story finds what it clicks by
 * the same key the app renders and survives a copy change. Throws on a key or a value the locale file does not have.
 * @example page.getByRole("button", { name: fr("common:wallet.disconnect") }) // "Se déconnecter"
 * @example fr("orders:checkout.review.pay", { count: 2 }) // "Payer les 2 commandes"
 */
export function fr(key: `${string}:${string}`, values: Record<string, string | number> = {}): string {
  const [name = "", path = ""] = key.split(":");
  const messages = namespace(name);
  let text = lookup(messages, path);
  if (typeof values.count === "number" && typeof text !== "string") {
    const form = FRENCH_PLURALS.select(values.count);
    text = lookup(messages, `${path}_${form}`) ?? lookup(messages, `${path}_other`);
  }
  if (typeof text !== "string") throw new Error(`No French text for ${key} in app/src/locales/fr/${name}.json`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, variable: string) => {
    const value = values[variable];
    if (value === undefined) throw new Error(`${key} needs {{${variable}}}`);
    return String(value);
  });
}
