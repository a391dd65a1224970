/**
 * Names joined as the reader's language lists them: "A, B et C" in French, "A, B, and C" in English.
 * @example joinNames(["Le Fournil de la Halle", "Les Biclous"], "fr") // "Le Fournil de la Halle et Les Biclous"
 */
export function joinNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(names);
}
