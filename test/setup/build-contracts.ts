import { execFileSync } from "node:child_process";

/** Compiles the contracts once before any test file runs, so no test reads stale artifacts. */
export default function buildContracts(): void {
  execFileSync(process.execPath, ["node_modules/hardhat/dist/src/cli.js", "build", "--quiet"], { stdio: "inherit" });
}
