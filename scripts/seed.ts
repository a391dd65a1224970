/**
 * Seeds the demo town on a running local chain where the protocol is deployed (deployments/<chainId>.json) and an
 * IPFS node with the Kubo RPC API. `npm run dev` runs it for you; alone:
 *   npm run seed -- [--rpc http://127.0.0.1:8545] [--ipfs http://127.0.0.1:5001] [--gateway <url>]
 * The IPFS token comes from GRANDRUE_IPFS_TOKEN, else from the file `npm run dev` keeps for its node.
 */
import { parseArgs } from "node:util";
import { createPublicClient, http } from "viem";
import { readDeployment } from "./lib/deployment-file.ts";
import { ipfsTokenFor } from "./lib/ipfs/devToken.ts";
import { seedDemoTown } from "./lib/seed/seedDemoTown.ts";

const { values } = parseArgs({
  options: {
    rpc: { type: "string", default: "http://127.0.0.1:8545" },
    ipfs: { type: "string", default: "http://127.0.0.1:5001" },
    gateway: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log("Usage: npm run seed -- [--rpc <url>] [--ipfs <kubo api base url>] [--gateway <url>]");
  process.exit(0);
}
const chainId = await createPublicClient({ transport: http(values.rpc) }).getChainId();
const deployment = await readDeployment(chainId);
if (deployment === undefined) {
  console.error(`No deployment recorded for chain ${chainId}: run npm run deploy -- --network localhost first.`);
  process.exit(1);
}
const seeded = await seedDemoTown({
  rpcUrl: values.rpc,
  deployment,
  ipfs: {
    apiUrl: values.ipfs,
    gatewayUrl: values.gateway ?? values.ipfs,
    token: await ipfsTokenFor(values.ipfs, process.env),
  },
  onProgress: (message) => console.log(`  ✓ ${message}`),
});
console.log(`Seeded ${seeded.shops.size} shops, ${seeded.carriers.size} carriers and ${seeded.orders.size} orders.`);
