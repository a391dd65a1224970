/**
 * The README's test command (`npm test`): every suite, then one closing line `N passed, N failed`.
 *   0. Biome: every TypeScript and JSON file formatted, lint-clean, imports sorted; dependency-cruiser: the web app's
 *      boundaries hold (a feature used only through its index.ts, no cycle between features). `npm run lint` runs both.
 *      tsc --noEmit on every TypeScript project (root, app, sdk, examples/order-notifier; `npm run typecheck`).
 *   1. The committed contract build (`sdk/src/generated/`) is identical to a fresh compile with the pinned solc.
 *   2. Solidity unit, fuzz and invariant tests with coverage (GRANDRUE_TESTS=thorough: 5,000 fuzz runs,
 *      256 × 128 invariant runs), in two groups with a coverage build each (`lib/solidityTestGroups.ts` says why),
 *      then a check that contracts/ has 100% line and statement coverage over both; solhint.
 *   3. vitest: SDK, IPFS, scripts, dev stack, app and browser tests. They deploy the committed build, not Hardhat's
 *      artifacts, so they run while the Solidity suite compiles its instrumented build: the two share the machine
 *      instead of waiting for each other. The Solidity output is printed when that suite ends.
 * Exits non-zero if anything failed.
 */
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { checkCoverage } from "./lib/coverage.ts";
import { solidityTestGroups } from "./lib/solidityTestGroups.ts";
import { buildSdk, typeCheckProjects } from "./typecheck.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HARDHAT = `${ROOT}node_modules/hardhat/dist/src/cli.js`;

type SuiteResult = { name: string; passed: number; failed: number; seconds: number };
type Run = { code: number; output: string };

/** Runs a command with the project's Node; its output is echoed as it comes, or kept for later when `isQuiet`. */
function run(
  args: string[],
  { env = {}, isQuiet = false }: { env?: NodeJS.ProcessEnv; isQuiet?: boolean } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!isQuiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const secondsSince = (started: number) => (Date.now() - started) / 1000;

function countMatch(output: string, pattern: RegExp): number {
  const match = output.match(pattern);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/** A suite that is a single check. */
function oneCheck(name: string, isPassing: boolean, started: number): SuiteResult {
  return { name, passed: isPassing ? 1 : 0, failed: isPassing ? 0 : 1, seconds: secondsSince(started) };
}

async function biome(): Promise<SuiteResult> {
  const started = Date.now();
  const { code } = await run([`${ROOT}node_modules/@biomejs/biome/bin/biome`, "check", "--colors=off"]);
  return oneCheck("Biome (format, lint)", code === 0, started);
}

async function boundaries(): Promise<SuiteResult> {
  const started = Date.now();
  const { code } = await run([
    `${ROOT}node_modules/dependency-cruiser/bin/dependency-cruiser.mjs`,
    "--config",
    ".dependency-cruiser.json",
    "app/src",
  ]);
  return oneCheck("App boundaries (dependency-cruiser)", code === 0, started);
}

async function typeCheck(): Promise<SuiteResult> {
  const started = Date.now();
  const isBuilt = (await buildSdk()) === 0;
  const results = await typeCheckProjects();
  const passed = results.filter((result) => result.isClean).length;
  const failed = results.length - passed + (isBuilt ? 0 : 1);
  return { name: "TypeScript types (tsc)", passed, failed, seconds: secondsSince(started) };
}

async function committedBuildCheck(): Promise<SuiteResult> {
  const started = Date.now();
  const { code } = await run([`${ROOT}scripts/build-contracts.ts`, "--check"]);
  return oneCheck("Committed contract build", code === 0, started);
}

async function solidityTests(): Promise<SuiteResult[]> {
  const started = Date.now();
  console.log("Solidity tests (thorough, with coverage) started; their output follows when they end.");
  const groups = await solidityTestGroups(ROOT);
  const outputs: string[] = [];
  const lcovReports: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const files of groups) {
    const tests = await run([HARDHAT, "test", "solidity", "--coverage", ...files], {
      env: { GRANDRUE_TESTS: "thorough" },
      isQuiet: true,
    });
    outputs.push(tests.output);
    lcovReports.push(await readFile(`${ROOT}coverage/lcov.info`, "utf8").catch(() => ""));
    const groupFailed = countMatch(tests.output, /(\d+) failing/);
    passed += countMatch(tests.output, /(\d+) passing/);
    failed += tests.code !== 0 && groupFailed === 0 ? 1 : groupFailed;
  }
  const lint = await run([`${ROOT}node_modules/solhint/solhint.js`, "contracts/**/*.sol"], { isQuiet: true });
  console.log(
    `\n──── Solidity tests (${secondsSince(started).toFixed(0)} s, ${groups.length} groups) ────\n${outputs.join("\n")}\n──── solhint ────\n${lint.output}`,
  );
  const coverage = checkCoverage(lcovReports, "contracts/");
  console.log(coverage.report);
  const isLintClean = lint.code === 0 && !/problem/.test(lint.output);
  return [
    { name: "Solidity tests (thorough)", passed, failed, seconds: secondsSince(started) },
    {
      name: "Contract coverage 100%",
      passed: coverage.isComplete ? 1 : 0,
      failed: coverage.isComplete ? 0 : 1,
      seconds: 0,
    },
    { name: "solhint (0 errors, 0 warnings)", passed: isLintClean ? 1 : 0, failed: isLintClean ? 0 : 1, seconds: 0 },
  ];
}

async function vitest(): Promise<SuiteResult> {
  const started = Date.now();
  await mkdir(`${ROOT}test-results`, { recursive: true });
  const report = `${ROOT}test-results/vitest.json`;
  const { code } = await run([
    `${ROOT}node_modules/vitest/vitest.mjs`,
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const seconds = secondsSince(started);
  try {
    const results = JSON.parse(await readFile(report, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
    };
    const failed =
      results.numFailedTests +
      (code !== 0 && results.numFailedTests === 0 ? Math.max(1, results.numFailedTestSuites) : 0);
    return { name: "TypeScript tests (vitest)", passed: results.numPassedTests, failed, seconds };
  } catch {
    return { name: "TypeScript tests (vitest)", passed: 0, failed: 1, seconds };
  }
}

const started = Date.now();
const style = await biome();
const appBoundaries = await boundaries();
const types = await typeCheck();
const buildCheck = await committedBuildCheck();
const [solidity, typescript] = await Promise.all([solidityTests(), vitest()]);
const results: SuiteResult[] = [style, appBoundaries, types, buildCheck, ...solidity, typescript];
console.log(`\nSummary (${(secondsSince(started) / 60).toFixed(1)} min)`);
for (const suite of results) {
  console.log(
    `  ${suite.name.padEnd(34)} ${String(suite.passed).padStart(5)} passed ${String(suite.failed).padStart(4)} failed  ${suite.seconds.toFixed(0)} s`,
  );
}
const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
const failed = results.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
