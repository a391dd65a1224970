import type { FindResult } from "../results/findResults.ts";
import { ResultCard } from "./ResultCard.tsx";

/** The shops found, in order, numbered like their dots in the distance view. */
export function ResultList({ results }: { results: readonly FindResult[] }) {
  return (
    <ol className="result-list">
      {results.map((result, index) => (
        <li key={result.shop.shopId.toString()}>
          <ResultCard result={result} rank={index + 1} />
        </li>
      ))}
    </ol>
  );
}
