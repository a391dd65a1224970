import { fileURLToPath } from "node:url";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Resolves `@grandrue/sdk` to its TypeScript sources, not its build (the `exports` of sdk/package.json). */
const SDK_SOURCE = "grandrue-source";

/**
 * The app's tests alone, without the root config's contract build (the app's tests need no compiled contract):
 *   npx vitest run --config app/vitest.config.ts
 * Like the root config, it adds no plugin, so what passes here passes in `npm test`.
 */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: { conditions: [SDK_SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SDK_SOURCE, ...defaultServerConditions] } },
  test: {
    include: ["app/src/**/*.test.{ts,tsx}", "test/app/**/*.test.{ts,tsx}"],
    testTimeout: 60_000,
  },
});
