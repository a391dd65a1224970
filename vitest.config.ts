import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Resolves `@grandrue/sdk` to its TypeScript sources, not its build (the `exports` of sdk/package.json). */
const SDK_SOURCE = "grandrue-source";

export default defineConfig({
  resolve: { conditions: [SDK_SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SDK_SOURCE, ...defaultServerConditions] } },
  test: {
    // Node processes the tests start (the CLI, Hardhat scripts) resolve the SDK the same way.
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=${SDK_SOURCE}`.trim() },
    include: ["test/**/*.test.ts", "test/app/**/*.test.tsx", "sdk/src/**/*.test.ts", "app/src/**/*.test.{ts,tsx}"],
    globalSetup: ["test/setup/ensure-contracts.ts"],
    // The *.test-d.ts files pin inferred types: tsc checks them and each expectation counts as a test.
    typecheck: { enabled: true, tsconfig: "tsconfig.json", include: ["test/**/*.test-d.ts"] },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
