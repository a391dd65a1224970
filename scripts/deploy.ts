/**
 * Deploys the protocol to the network Hardhat selected (`npm run deploy -- --network <name>`) and records
 * `deployments/<chainId>.json`. Running it again against the same chain reuses what is there.
 *
 * Environment: GRANDRUE_MEDIATOR (address that rules disputes in the mediator arbitrator; default the deployer),
 * GRANDRUE_LOCAL_CURRENCY=1 (also deploy the development local currency; always on chain 31337),
 * GRANDRUE_EURC=1 (also deploy the development euro stablecoin, Circle's FiatToken as EURC; always on chain 31337),
 * GRANDRUE_SERVICES=1 (also deploy the services of docs/composing.md; always on chain 31337).
 * Accounts and RPC URLs come from hardhat.config.ts configuration variables, never from this repository.
 */

import type { DeployedContract } from "@grandrue/sdk";
import { network } from "hardhat";
import { type Account, type Chain, getAddress, type Transport, type WalletClient } from "viem";
import { deployProtocol } from "./lib/deploy-protocol.ts";
import { deployServices } from "./lib/deploy-services.ts";
import { readDeployment, writeDeployment } from "./lib/deployment-file.ts";

const LOCAL_CHAIN_ID = 31337;

const connection = await network.getOrCreate();
const publicClient = await connection.viem.getPublicClient();
const [walletClient] = await connection.viem.getWalletClients();
if (walletClient === undefined) throw new Error(`No account configured for network "${connection.networkName}"`);

const chainId = await publicClient.getChainId();
const mediator = process.env.GRANDRUE_MEDIATOR ? getAddress(process.env.GRANDRUE_MEDIATOR) : undefined;
console.log(`Deploying Grandrue to ${connection.networkName} (chain ${chainId}) from ${walletClient.account.address}`);

const clients = { publicClient, walletClient: walletClient as unknown as WalletClient<Transport, Chain, Account> };
const previous = await readDeployment(chainId);
const onProgress = (name: string, contract: DeployedContract, wasReused: boolean) =>
  console.log(
    `  ${wasReused ? "reused  " : "deployed"} ${name.padEnd(21)} ${contract.address} (block ${contract.blockNumber})`,
  );
const protocol = await deployProtocol({
  ...clients,
  mediator,
  withLocalCurrency: chainId === LOCAL_CHAIN_ID || process.env.GRANDRUE_LOCAL_CURRENCY === "1",
  withEuroCoin: chainId === LOCAL_CHAIN_ID || process.env.GRANDRUE_EURC === "1",
  previous,
  onProgress,
});
const withServices = chainId === LOCAL_CHAIN_ID || process.env.GRANDRUE_SERVICES === "1";
const deployment = withServices
  ? await deployServices({ ...clients, deployment: protocol, previous, onProgress })
  : protocol;
if (connection.networkConfig.type === "edr-simulated") {
  console.log("In-process chain: it ends with this script, so no deployment record was written.");
} else {
  console.log(`Recorded ${await writeDeployment(deployment)}`);
}
