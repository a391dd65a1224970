/**
 * Ponder builds the indexer with its own Vite (5.x), which loads this file from the indexer's root: it resolves
 * `@grandrue/sdk` to its TypeScript sources through the package's `grandrue-source` condition, as every other part
 * of the repository does, so the indexer runs on a fresh clone where the SDK was never built (no sdk/dist).
 * A plain object: importing `vite` here would load the repository's Vite 8, not Ponder's.
 */
export default {
  resolve: { conditions: ["grandrue-source"] },
};
