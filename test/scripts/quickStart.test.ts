import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { shopRegistryAbi } from "@grandrue/sdk/abis";
import { createPublicClient, http } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensurePortsFree, freePorts } from "../../scripts/lib/dev-stack/ports.ts";

/**
 * The README's quick start as a newcomer meets it: a clone of the committed repository, without any build output
 * (no artifacts/, no caches), then `npm run dev` exactly as written, on free ports. It must bring up the chain, IPFS,
 * the deployed protocol, the seeded demo town, the app and the indexer, and Ctrl-C must free every port. The installed
 * node_modules are reused (hard-linked) to keep it quick; everything else comes from git.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const READY = "Grandrue is running.";

let workDir: string;
let clone: string;
let dev: ChildProcess | undefined;
let output = "";
let ports: { chain: number; ipfs: number; app: number; indexer: number };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "grandrue-quick-start-"));
  clone = join(workDir, "grandrue");
  execFileSync("git", ["clone", "--quiet", ROOT, clone]);
  execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(clone, "node_modules")]);
  // Vite's dependency cache is written in place: the clone gets its own.
  await rm(join(clone, "node_modules/.vite"), { recursive: true, force: true });
  const [chain, ipfs, app, indexer] = (await freePorts(4)) as [number, number, number, number];
  ports = { chain, ipfs, app, indexer };
});

afterAll(async () => {
  const isRunning = dev?.pid !== undefined && dev.exitCode === null && dev.signalCode === null;
  if (isRunning) process.kill(-dev!.pid!, "SIGKILL");
  await rm(workDir, { recursive: true, force: true });
});

/** Resolves when `dev` has printed `text`, rejects if it exits first or says a step failed. */
function printed(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (output.includes(text)) resolve();
      else if (output.includes("✗"))
        reject(new Error(`npm run dev failed a step before printing "${text}":\n${output}`));
    };
    dev!.stdout!.on("data", check);
    dev!.once("exit", (code) =>
      reject(new Error(`npm run dev exited (${code}) before printing "${text}":\n${output}`)),
    );
    check();
  });
}

test("a fresh clone runs npm run dev exactly as the README says, and Ctrl-C frees every port", async () => {
  expect(existsSync(join(clone, "artifacts"))).toBe(false);
  expect(existsSync(join(clone, "cache"))).toBe(false);
  expect(await readFile(join(ROOT, "README.md"), "utf8")).toContain("npm run dev    #");

  // detached: npm, the shell and Node form one process group, which Ctrl-C in a terminal interrupts as one.
  dev = spawn("npm", ["run", "dev"], {
    cwd: clone,
    detached: true,
    env: {
      ...process.env,
      GRANDRUE_CHAIN_PORT: String(ports.chain),
      GRANDRUE_IPFS_PORT: String(ports.ipfs),
      GRANDRUE_APP_PORT: String(ports.app),
      GRANDRUE_INDEXER_PORT: String(ports.indexer),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await printed(READY);

  // Nothing was compiled: the committed build was used as it is.
  expect(output).not.toMatch(/compiling/i);
  const rpcUrl = `http://127.0.0.1:${ports.chain}`;
  const client = createPublicClient({ transport: http(rpcUrl) });
  expect(await client.getChainId()).toBe(31337);
  const deployment = JSON.parse(await readFile(join(clone, "deployments/31337.json"), "utf8")) as {
    contracts: { ShopRegistry: { address: `0x${string}` } };
  };
  const shopCount = await client.readContract({
    address: deployment.contracts.ShopRegistry.address,
    abi: shopRegistryAbi,
    functionName: "shopCount",
  });
  expect(shopCount).toBeGreaterThanOrEqual(12n);
  const ipfs = await fetch(`http://127.0.0.1:${ports.ipfs}/api/v0/version`, { method: "POST" });
  expect(ipfs.status).toBe(200);
  const app = await fetch(`http://127.0.0.1:${ports.app}/`);
  expect(app.status).toBe(200);
  expect(await app.text()).toContain('<div id="root">');
  // The indexer starts beside the app and answers a few seconds later, with a line saying so.
  const indexerUrl = `http://127.0.0.1:${ports.indexer}`;
  expect(output).toContain(`Indexer       ${indexerUrl}`);
  await printed(`✓ Indexer on 127.0.0.1:${ports.indexer}`);
  const info = await fetch(`${indexerUrl}/info`);
  expect(((await info.json()) as { chainId: number }).chainId).toBe(31337);

  const exited = new Promise((resolve) => dev!.once("exit", resolve));
  process.kill(-dev.pid!, "SIGINT");
  await exited;
  expect(output).toContain("Stopped; every port is free.");
  await ensurePortsFree([
    { port: ports.chain, service: "chain" },
    { port: ports.ipfs, service: "IPFS node" },
    { port: ports.app, service: "web app" },
    { port: ports.indexer, service: "indexer" },
  ]);
}, 300_000);
