import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { artifactPath, DEPLOYABLE_CONTRACTS, INTERFACE_CONTRACTS } from "./deployableContracts.ts";

/** The address `hardhat test --coverage` instruments contracts to call: such artifacts must be rebuilt. */
const COVERAGE_PROBE = "c0bec0bec0bec0bec0bec0bec0bec0bec0bec0be";

function hardhatBuild(root: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, "node_modules/hardhat/dist/src/cli.js"), "build", "--quiet", ...args],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`hardhat build failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

async function isInstrumented(root: string): Promise<boolean> {
  const [name, contract] = Object.entries(DEPLOYABLE_CONTRACTS)[0]!;
  const artifact = await readFile(join(root, artifactPath(name, contract)), "utf8").catch(() => "");
  return artifact.includes(COVERAGE_PROBE);
}

/**
 * Compiles only the deployable contracts and the interfaces the SDK carries (not the Solidity tests and mocks), with
 * the pinned solc and the settings of `hardhat.config.ts`, into `artifacts/`. About 15 s cold on one core; Hardhat's
 * cache makes it instant when nothing changed. A build left instrumented by `--coverage` is rebuilt.
 */
export async function compileDeployable(root: string): Promise<void> {
  const sources = [
    ...new Set(Object.values({ ...DEPLOYABLE_CONTRACTS, ...INTERFACE_CONTRACTS }).map(({ source }) => source)),
  ];
  await hardhatBuild(root, sources);
  if (await isInstrumented(root)) await hardhatBuild(root, ["--force", ...sources]);
}
