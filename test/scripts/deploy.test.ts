import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { CONTRACT_NAMES, DEV_TOKEN_SYMBOLS, parseDeployment, SERVICE_NAMES } from "@grandrue/sdk";
import { createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensurePortsFree } from "../../scripts/lib/dev-stack/ports.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HARDHAT = join(ROOT, "node_modules/hardhat/dist/src/cli.js");
const ANVIL = join(ROOT, "node_modules/.bin/anvil");

/**
 * Runs `npm run deploy -- --network localhost` (the same command; without its compile step, done once by the test
 * setup) against `rpcUrl`, recording into `deploymentsDir`.
 */
async function deploy(rpcUrl: string, deploymentsDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [HARDHAT, "run", "--no-compile", "scripts/deploy.ts", "--network", "localhost"],
    {
      cwd: ROOT,
      env: { ...process.env, GRANDRUE_LOCAL_RPC_URL: rpcUrl, GRANDRUE_DEPLOYMENTS_DIR: deploymentsDir },
    },
  );
  return stdout;
}

async function waitForRpc(rpcUrl: string): Promise<void> {
  const client = createPublicClient({ transport: http(rpcUrl, { retryCount: 0 }) });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (
      await client.getChainId().then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${rpcUrl} never answered`);
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (child?.pid === undefined || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}

/** Deploys twice to a node started on its own (as a user would), checking the record and that the second run reuses it. */
function deployScriptSuite(name: string, start: (port: number) => ChildProcess, port: number) {
  describe(`scripts/deploy.ts against ${name}`, () => {
    const rpcUrl = `http://127.0.0.1:${port}`;
    let node: ChildProcess;
    let deploymentsDir: string;

    beforeAll(async () => {
      deploymentsDir = await mkdtemp(join(tmpdir(), "grandrue-deploy-"));
      node = start(port);
      await waitForRpc(rpcUrl);
    }, 60_000);

    afterAll(async () => {
      await stop(node);
      await ensurePortsFree([{ port, service: name }]);
      await rm(deploymentsDir, { recursive: true, force: true });
    });

    test("deploys the whole protocol and the services, and records every address with its deployment block", async () => {
      const output = await deploy(rpcUrl, deploymentsDir);
      expect(output).toMatch(/deployed Escrow/);
      expect(output).toMatch(/deployed LoyaltyStamps/);
      const deployment = parseDeployment(JSON.parse(await readFile(join(deploymentsDir, "31337.json"), "utf8")));
      const client = createPublicClient({ transport: http(rpcUrl) });
      const records = [
        ...CONTRACT_NAMES.map((name) => [name, deployment.contracts[name]] as const),
        ...SERVICE_NAMES.map((name) => [name, deployment.services?.[name]] as const),
        ...DEV_TOKEN_SYMBOLS.map((symbol) => [symbol, deployment.tokens?.[symbol]] as const),
      ];
      for (const [name, record] of records) {
        expect(record, name).toBeDefined();
        expect(await client.getCode({ address: record!.address }), name).toMatch(/^0x60/);
        expect(record!.blockNumber).toBeGreaterThan(0);
      }
    }, 120_000);

    test("reuses what is already deployed when run again", async () => {
      const before = await readFile(join(deploymentsDir, "31337.json"), "utf8");
      const output = await deploy(rpcUrl, deploymentsDir);
      expect(output).not.toMatch(/deployed /);
      expect(output.match(/reused/g)).toHaveLength(
        CONTRACT_NAMES.length + SERVICE_NAMES.length + DEV_TOKEN_SYMBOLS.length,
      );
      expect(await readFile(join(deploymentsDir, "31337.json"), "utf8")).toBe(before);
    }, 120_000);
  });
}

deployScriptSuite(
  "a hardhat node on loopback",
  (port) =>
    spawn(process.execPath, [HARDHAT, "node", "--hostname", "127.0.0.1", "--port", String(port)], {
      cwd: ROOT,
      stdio: "ignore",
      detached: true,
    }),
  38_745,
);

// Anvil's npm build exists for Linux x64 only (see package.json): an independent node implementation where it installs.
if (existsSync(ANVIL)) {
  deployScriptSuite(
    "anvil",
    (port) => spawn(ANVIL, ["--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore", detached: true }),
    38_746,
  );
}
