/**
 * French- and English-aware text normalisation shared by indexing and querying, so that
 * "Pain au Levain" is indexed as `pain`, `levain` and the query "velo" finds "Vélo".
 */

/**
 * Articles, prepositions, conjunctions and elided forms (`l'`, `d'`, `qu'` …) that carry no
 * meaning in a product search, in their folded form. Deliberately short: words such as
 * "sans" (gluten-free), "bio" or "plus" are kept because shoppers mean them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  "a",
  "au",
  "aux",
  "c",
  "ce",
  "ces",
  "cet",
  "cette",
  "chez",
  "d",
  "dans",
  "de",
  "des",
  "du",
  "elle",
  "en",
  "est",
  "et",
  "il",
  "j",
  "l",
  "la",
  "le",
  "les",
  "leur",
  "leurs",
  "m",
  "ma",
  "mes",
  "mon",
  "n",
  "ne",
  "nos",
  "notre",
  "ou",
  "par",
  "pour",
  "qu",
  "que",
  "qui",
  "s",
  "sa",
  "se",
  "ses",
  "son",
  "sur",
  "t",
  "un",
  "une",
  "vos",
  "votre",
  "y",
  // English
  "an",
  "and",
  "are",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "is",
  "it",
  "its",
  "of",
  "on",
  "or",
  "the",
  "this",
  "to",
  "with",
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSED_LIGATURES = /[œæß]/g;
const LIGATURE_SPELLING: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
/** A hyphen between two letters: "grille-pain", "chou-fleur", "e-mail" are one word each. */
const COMPOUND_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

/**
 * Lower-cases and strips accents: compatibility decomposition (NFKD), then combining marks
 * removed and the ligatures œ, æ, ß spelled out.
 * @example foldText('Œufs à la Crème ÉPAISSE') // 'oeufs a la creme epaisse'
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(UNDECOMPOSED_LIGATURES, (ligature) => LIGATURE_SPELLING[ligature] ?? ligature);
}

/**
 * Folds `text` (see {@link foldText}) and splits it into words on anything that is not a
 * letter or a digit (spaces, punctuation, apostrophes), except that a word joined by hyphens
 * is one word, written without them: a "grille-pain" is a toaster, not bread.
 * @example tokenize("Pain d'Épices — 500g") // ['pain', 'd', 'epices', '500g']
 * @example tokenize("Grille-pain et chou-fleur") // ['grillepain', 'et', 'choufleur']
 */
export function tokenize(text: string): string[] {
  return splitWords(foldText(text).replace(COMPOUND_HYPHEN, ""));
}

/**
 * Folds `text` and splits it on anything that is not a letter or a digit, hyphens included: the
 * words of a category or label slug ("short-circuit" → short, circuit), which are words joined by
 * dashes by construction, not compounds.
 * @example tagWords("short-circuit") // ['short', 'circuit']
 */
export function tagWords(text: string): string[] {
  return splitWords(foldText(text));
}

function splitWords(folded: string): string[] {
  return folded.split(WORD_SEPARATORS).filter((word) => word.length > 0);
}

/**
 * Keeps a folded word unless it is a {@link STOP_WORDS stop word}; MiniSearch's `processTerm`.
 * @example keepMeaningfulTerm('levain') // 'levain'; keepMeaningfulTerm('au') // null
 */
export function keepMeaningfulTerm(term: string): string | null {
  return STOP_WORDS.has(term) ? null : term;
}

/**
 * The distinct meaningful words of a query, in order of first appearance.
 * @example analyseQuery('Le pain AU levain, pain bio') // ['pain', 'levain', 'bio']
 */
export function analyseQuery(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text)) {
    if (keepMeaningfulTerm(word) !== null) terms.add(word);
  }
  return [...terms];
}
