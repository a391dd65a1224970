/**
 * `npm run relayer`: one relayer, configured by the environment (relayer/README.md, Running one).
 *   GRANDRUE_RELAYER_RPC_URL        the chain's JSON-RPC endpoint (required)
 *   GRANDRUE_RELAYER_SETTINGS       the settings file: accepted tokens and prices, sponsorships, limits (required)
 *   GRANDRUE_RELAYER_DEPLOYMENT     the deployment record (default deployments/<chainId>.json)
 *   GRANDRUE_RELAYER_DB             the queue's SQLite file (default .data/relayer/<chainId>-<address>.sqlite)
 *   GRANDRUE_RELAYER_HOST, _PORT    where to listen (default 127.0.0.1:7430)
 *   GRANDRUE_RELAYER_ORIGINS        CORS origins, comma-separated (default: the settings', else any)
 * The key: GRANDRUE_RELAYER_KEYSTORE (an encrypted JSON keystore file) with GRANDRUE_RELAYER_KEYSTORE_PASSWORD, else
 * Hardhat's keystore variable GRANDRUE_RELAYER_PRIVATE_KEY; `--dev` uses the public dev account (chain 31337 only).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDeployment } from "@grandrue/sdk";
import { createPublicClient, defineChain, http, type PublicClient } from "viem";
import { loadRelayerKey, type RelayerKeySource } from "./lib/keys/loadRelayerKey.ts";
import { parseSettingsFile } from "./lib/settingsFile.ts";
import { startRelayer } from "./startRelayer.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DEFAULT_RELAYER_PORT = 7430;

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required (see relayer/README.md, Running one)`);
    process.exit(2);
  }
  return value;
}

function keySource(): RelayerKeySource {
  if (process.argv.includes("--dev")) return { kind: "dev" };
  const keystore = process.env.GRANDRUE_RELAYER_KEYSTORE;
  if (keystore)
    return { kind: "keystoreFile", path: keystore, password: required("GRANDRUE_RELAYER_KEYSTORE_PASSWORD") };
  return { kind: "hardhatKeystore", variable: "GRANDRUE_RELAYER_PRIVATE_KEY" };
}

const rpcUrl = required("GRANDRUE_RELAYER_RPC_URL");
const chainId = await createPublicClient({ transport: http(rpcUrl) }).getChainId();
const chain = defineChain({
  id: chainId,
  name: `chain ${chainId}`,
  nativeCurrency: { name: "native", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [rpcUrl] } },
});
const client = createPublicClient({ chain, transport: http(rpcUrl), pollingInterval: 500 }) as PublicClient;
const settings = parseSettingsFile(JSON.parse(readFileSync(required("GRANDRUE_RELAYER_SETTINGS"), "utf8")));
if (process.env.GRANDRUE_RELAYER_ORIGINS) settings.corsOrigins = process.env.GRANDRUE_RELAYER_ORIGINS.split(",");
const deploymentPath = process.env.GRANDRUE_RELAYER_DEPLOYMENT ?? resolve(ROOT, `deployments/${chainId}.json`);
const deployment = parseDeployment(JSON.parse(readFileSync(deploymentPath, "utf8")));
if (deployment.chainId !== chainId) {
  console.error(`${deploymentPath} is for chain ${deployment.chainId}, the RPC serves chain ${chainId}`);
  process.exit(2);
}
const source = keySource();
const account = await loadRelayerKey(source, chainId);
if (source.kind === "dev" && (await client.getBalance({ address: account.address })) === 0n) {
  // The dev chain (31337 only, checked above) funds the dev account the way the dev stack does.
  await client.request({
    method: "hardhat_setBalance" as never,
    params: [account.address, "0x56bc75e2d63100000"] as never,
  });
}
const databasePath =
  process.env.GRANDRUE_RELAYER_DB ?? resolve(ROOT, `.data/relayer/${chainId}-${account.address}.sqlite`);
mkdirSync(dirname(databasePath), { recursive: true });
const relayer = await startRelayer({
  client,
  account,
  deployment,
  // Passkey batches of the deployment's factory unless the settings file names another.
  settings: {
    ...settings,
    passkeyFactory: settings.passkeyFactory ?? deployment.contracts.PasskeyAccountFactory?.address,
  },
  databasePath,
  host: process.env.GRANDRUE_RELAYER_HOST ?? "127.0.0.1",
  port: Number(process.env.GRANDRUE_RELAYER_PORT ?? DEFAULT_RELAYER_PORT),
  log: (line) => console.error(line),
});
console.log(`Relayer ${account.address} on ${relayer.url} (chain ${chainId}, queue ${databasePath})`);

const shutdown = async () => {
  await relayer.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
