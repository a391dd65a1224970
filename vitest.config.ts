import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "app/src/**/*.test.{ts,tsx}"],
    globalSetup: ["test/setup/ensure-contracts.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
