/**
 * examples/order-notifier as a third party builds and runs it: the SDK packed by `npm pack` (which compiles it), the
 * example compiled by its own tsc against the package's declarations, and its command run by plain Node — without
 * the repository's `grandrue-source` condition, so it loads the SDK's compiled JavaScript — against a local chain.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseEther } from "viem";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMarket, type Market } from "../sdk/helpers/market.ts";
import { serveProvider } from "./serveProvider.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = `${ROOT}examples/order-notifier/`;
const run = promisify(execFile);

/** npm as the test runner was started by it (`npm test`), else the one on PATH. */
function npm(args: string[]) {
  const npmCli = process.env.npm_execpath;
  return npmCli === undefined
    ? run("npm", args, { cwd: ROOT })
    : run(process.execPath, [npmCli, ...args], { cwd: ROOT });
}

let market: Market;
let chain: { rpcUrl: string; close(): Promise<void> };
let workDir: string;
let packedFiles: string[];

/** Runs the example's command with plain Node; resolves with its output and exit code. */
async function notifier(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [`${EXAMPLE}dist/cli.js`, ...args], {
      cwd: workDir,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const { stdout = "", stderr = "", code = 1 } = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout, stderr, code };
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "grandrue-notifier-"));
  const { stdout } = await npm(["pack", "--workspace", "sdk", "--pack-destination", workDir, "--json"]);
  packedFiles = (JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
  await npm(["run", "build", "--workspace", "examples/order-notifier"]);
  market = await createMarket();
  chain = await serveProvider(market.connection.provider);
  // A deployment file as a chain with more services would have it: one the SDK knows, one it does not.
  const services = {
    CarrierInsurance: { address: market.accounts.stranger.account.address, blockNumber: 1, pool: "regional" },
  };
  await writeFile(join(workDir, "deployment.json"), JSON.stringify({ ...market.deployment, services }));
}, 180_000);

afterAll(async () => {
  await chain?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe("the packed SDK", () => {
  test("holds compiled JavaScript and declarations for every entry point, and no test", () => {
    for (const entry of ["index", "node/index", "generated/abis"]) {
      expect(packedFiles).toContain(`dist/${entry}.js`);
      expect(packedFiles).toContain(`dist/${entry}.d.ts`);
    }
    expect(packedFiles.filter((path) => /\.test(-d)?\.ts$/.test(path))).toEqual([]);
  });
});

describe("examples/order-notifier against a local chain", () => {
  const args = () => [
    "--rpc",
    chain.rpcUrl,
    "--deployment",
    "deployment.json",
    "--shop",
    String(market.shopId),
    "--state",
    "state.json",
  ];

  test("prints each order paid to the shop since its last run, and only those", async () => {
    const otherShop = await market.openShop(market.accounts.secondMerchant);
    await market.placeOrder({ amount: parseEther("0.012") });
    await market.placeOrder({ token: market.leman, amount: parseEther("25") });
    await market.placeOrder({ shopId: otherShop });

    const first = await notifier(...args());
    expect(first.stderr).toBe("");
    const lines = first.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Order 0x[0-9a-f]{4}…[0-9a-f]{4} paid 0\.012 ETH by 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4} on \d{4}-\d\d-\d\d \d\d:\d\d UTC: Paid, accept by /,
    );
    expect(lines[1]).toMatch(/ paid 25 LEM by .*: Paid, accept by /);

    expect((await notifier(...args())).stdout).toMatch(/^No new order for shop \d+ \(blocks \d+ to \d+\)\.\n$/);

    await market.placeOrder({ amount: parseEther("0.5") });
    const third = await notifier(...args());
    expect(third.stdout.trim().split("\n")).toEqual([expect.stringMatching(/ paid 0\.5 ETH by /)]);
  });

  test("says what is wrong with its arguments", async () => {
    expect(await notifier("--rpc", chain.rpcUrl)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^usage: grandrue-order-notifier/),
    });
    expect(await notifier("--rpc", chain.rpcUrl, "--deployment", "deployment.json", "--shop", "three")).toMatchObject({
      code: 1,
      stderr: '--shop must be a shop id (a whole number), not "three"\n',
    });
  });
});
