import { allowsPrefix, maxTypos } from "@grandrue/sdk";
import leven from "leven";
import type { SqlClient } from "../db/sqlClient.ts";
import { type DatabaseFeatures, DOCUMENTS_SCHEMA } from "../documents/documentTables.ts";

/** Typo spellings kept per query word (the closest, then alphabetical). */
export const MAX_TYPO_WORDS = 20;

/** A query word and the `tsquery` text of every indexed spelling it matches: itself, as a prefix, with typos. */
export type TermMatcher = { term: string; typos: string[]; tsquery: string };

/** Indexed words within `maxTypos(term)` edits of `term` that are neither the word itself nor one it prefixes. */
export function typoSpellings(term: string, candidates: Iterable<string>): string[] {
  const allowed = maxTypos(term);
  if (allowed === 0) return [];
  const found = new Map<string, number>();
  for (const word of candidates) {
    if (word === term || (allowsPrefix(term) && word.startsWith(term)) || Math.abs(word.length - term.length) > allowed)
      continue;
    const distance = leven(word, term);
    if (distance <= allowed) found.set(word, distance);
  }
  return [...found]
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_TYPO_WORDS)
    .map(([word]) => word);
}

/**
 * The `tsquery` text for one word and its typo spellings (words are letters and digits only, so quoting is safe).
 * @example termQuery('fromag', ['fromab']) // "'fromag':* | 'fromab'"
 */
export function termQuery(term: string, typos: readonly string[]): string {
  return [allowsPrefix(term) ? `'${term}':*` : `'${term}'`, ...typos.map((word) => `'${word}'`)].join(" | ");
}

/**
 * Looks up the typo spellings of each query word in the vocabulary of indexed words: words sharing its first two
 * letters everywhere, and any similar word through the trigram index where `pg_trgm` is installed.
 */
export async function termMatchers(
  sql: Pick<SqlClient, "query">,
  terms: readonly string[],
  features: DatabaseFeatures,
): Promise<TermMatcher[]> {
  return Promise.all(
    terms.map(async (term) => {
      const allowed = maxTypos(term);
      if (allowed === 0) return { term, typos: [], tsquery: termQuery(term, []) };
      const sameStart = sql.query<{ word: string }>(
        `SELECT word FROM ${DOCUMENTS_SCHEMA}.vocabulary WHERE word LIKE $1 AND length(word) BETWEEN $2 AND $3 LIMIT 2000`,
        [`${term.slice(0, 2)}%`, term.length - allowed, term.length + allowed],
      );
      const similar =
        features.trigramSchema !== undefined
          ? sql.query<{ word: string }>(
              `SELECT word FROM ${DOCUMENTS_SCHEMA}.vocabulary WHERE word OPERATOR("${features.trigramSchema}".%) $1 LIMIT 200`,
              [term],
            )
          : Promise.resolve([]);
      const rows = (await Promise.all([sameStart, similar])).flat();
      const typos = typoSpellings(
        term,
        rows.map((row) => row.word),
      );
      return { term, typos, tsquery: termQuery(term, typos) };
    }),
  );
}
