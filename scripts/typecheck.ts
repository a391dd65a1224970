/**
 * `npm run typecheck`: tsc --noEmit on every TypeScript project of the repository. The example service is checked as
 * an outside project would be, against the SDK's compiled declarations, so the SDK is built first.
 * `npm test` runs it as a suite (scripts/test-all.ts).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every tsconfig that is not only a base or a build configuration. */
export const TYPESCRIPT_PROJECTS = [
  "tsconfig.json",
  "app/tsconfig.json",
  "sdk/tsconfig.json",
  "examples/order-notifier/tsconfig.json",
];

function exitCodeOf(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** Builds the SDK's declarations (npm as this process was started by it, else the one on PATH). */
export function buildSdk(): Promise<number> {
  const npmCli = process.env.npm_execpath;
  const args = ["run", "build", "--workspace", "sdk"];
  return npmCli === undefined ? exitCodeOf("npm", args) : exitCodeOf(process.execPath, [npmCli, ...args]);
}

/** Type-checks each project; true for a project without errors. */
export async function typeCheckProjects(): Promise<{ project: string; isClean: boolean }[]> {
  const results = [];
  for (const project of TYPESCRIPT_PROJECTS) {
    const code = await exitCodeOf(process.execPath, [
      `${ROOT}node_modules/typescript/bin/tsc`,
      "--noEmit",
      "-p",
      project,
    ]);
    console.log(`tsc -p ${project}: ${code === 0 ? "no errors" : "type errors"}`);
    results.push({ project, isClean: code === 0 });
  }
  return results;
}

if (import.meta.main) {
  const isBuilt = (await buildSdk()) === 0;
  const results = await typeCheckProjects();
  process.exitCode = isBuilt && results.every((result) => result.isClean) ? 0 : 1;
}
