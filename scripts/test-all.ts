/**
 * The README's test command (`npm test`): every suite in order, then one closing line `N passed, N failed`.
 *   1. Solidity unit, fuzz and invariant tests with coverage (GRANDRUE_TESTS=thorough: 5,000 fuzz runs,
 *      256 × 128 invariant runs), then a check that contracts/ has 100% line and statement coverage.
 *   2. solhint over contracts/ with the committed config: 0 errors, 0 warnings.
 *   3. vitest: SDK, IPFS, scripts, dev stack, app and browser tests.
 * Exits non-zero if anything failed.
 */
import { spawn } from "node:child_process";
import { readFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { checkCoverage } from "./lib/coverage.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HARDHAT = `${ROOT}node_modules/hardhat/dist/src/cli.js`;

type SuiteResult = { name: string; passed: number; failed: number; seconds: number };

/** Runs a command, echoing its output, and returns the exit code and the output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const echo = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on("data", echo);
    child.stderr.on("data", echo);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function countMatch(output: string, pattern: RegExp): number {
  const match = output.match(pattern);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

async function solidityTests(): Promise<SuiteResult[]> {
  const started = Date.now();
  const { code, output } = await run(process.execPath, [HARDHAT, "test", "solidity", "--coverage"], {
    GRANDRUE_TESTS: "thorough",
  });
  const passed = countMatch(output, /(\d+) passing/);
  let failed = countMatch(output, /(\d+) failing/);
  if (code !== 0 && failed === 0) failed = 1;
  const seconds = (Date.now() - started) / 1000;
  const coverage = checkCoverage(output, "contracts/");
  console.log(coverage.report);
  return [
    { name: "Solidity tests (thorough)", passed, failed, seconds },
    { name: "Contract coverage 100%", passed: coverage.isComplete ? 1 : 0, failed: coverage.isComplete ? 0 : 1, seconds: 0 },
  ];
}

async function solhint(): Promise<SuiteResult> {
  const started = Date.now();
  const { code, output } = await run(process.execPath, [`${ROOT}node_modules/solhint/solhint.js`, "contracts/**/*.sol"]);
  const isClean = code === 0 && !/problem/.test(output);
  return { name: "solhint (0 errors, 0 warnings)", passed: isClean ? 1 : 0, failed: isClean ? 0 : 1, seconds: (Date.now() - started) / 1000 };
}

async function vitest(): Promise<SuiteResult> {
  const started = Date.now();
  await mkdir(`${ROOT}test-results`, { recursive: true });
  const report = `${ROOT}test-results/vitest.json`;
  const { code } = await run(process.execPath, [
    `${ROOT}node_modules/vitest/vitest.mjs`,
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const seconds = (Date.now() - started) / 1000;
  try {
    const results = JSON.parse(await readFile(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
    const failed = results.numFailedTests + (code !== 0 && results.numFailedTests === 0 ? Math.max(1, results.numFailedTestSuites) : 0);
    return { name: "TypeScript tests (vitest)", passed: results.numPassedTests, failed, seconds };
  } catch {
    return { name: "TypeScript tests (vitest)", passed: 0, failed: 1, seconds };
  }
}

const results: SuiteResult[] = [...(await solidityTests()), await solhint(), await vitest()];
console.log("\nSummary");
for (const suite of results) {
  console.log(`  ${suite.name.padEnd(34)} ${String(suite.passed).padStart(5)} passed ${String(suite.failed).padStart(4)} failed  ${suite.seconds.toFixed(0)} s`);
}
const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
const failed = results.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
