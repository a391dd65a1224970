import { readFile } from "node:fs/promises";
import {
  type Deployment,
  type IpfsClient,
  knownNativeCurrency,
  type MarketWalletClient,
  parseDeployment,
} from "@grandrue/sdk";
import {
  type Account,
  type Address,
  BaseError,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  type Hex,
  http,
  isAddress,
  isAddressEqual,
  type PublicClient,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { deploymentPath, readDeployment } from "../deployment-file.ts";
import { localEndpoint } from "./commonOptions.ts";
import { CliError, UsageError } from "./errors.ts";
import { cliIpfsClient } from "./ipfsReplicas.ts";

/** How often to ask the node for a receipt: a local node mines at once, a public chain within seconds. */
const POLLING_INTERVAL_MS = 500;
const PRIVATE_KEY = /^(?:0x)?[0-9a-fA-F]{64}$/;

/** The node, the protocol deployed on its chain, and IPFS, as every command uses them. */
export type Connection = {
  rpcUrl: string;
  chain: Chain;
  publicClient: PublicClient;
  deployment: Deployment;
  ipfs: IpfsClient;
};

export type ConnectionOptions = { rpc?: string; ipfs?: string; gateway?: string; deployment?: string };
export type SigningOptions = { account?: string; privateKeyEnv?: string };

/**
 * Connects to the node at `--rpc` (default: `npm run dev`'s chain, on `GRANDRUE_CHAIN_PORT` when set), reads the
 * deployment of its chain (from `--deployment` or `deployments/<chainId>.json`) and checks the contracts are there,
 * and sets up IPFS (see {@link cliIpfsClient}; default: `npm run dev`'s node, on `GRANDRUE_IPFS_PORT` when set).
 * @throws CliError naming what is missing: an unreachable node, no deployment, a deployment of another chain.
 */
export async function connect(options: ConnectionOptions, env: NodeJS.ProcessEnv): Promise<Connection> {
  const rpcUrl = options.rpc ?? localEndpoint("chain", env);
  const transport = http(rpcUrl, { retryCount: 1 });
  const probe = createPublicClient({ transport });
  let chainId: number;
  try {
    chainId = await probe.getChainId();
  } catch (error) {
    const reason = error instanceof BaseError ? error.shortMessage : String(error);
    throw new CliError(`Cannot reach a node at ${rpcUrl} (${reason}): start one with npm run dev, or pass --rpc <url>`);
  }
  const chain = defineChain({
    id: chainId,
    name: `Chain ${chainId}`,
    nativeCurrency: nativeCurrencyOf(chainId),
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  const publicClient = createPublicClient({ chain, transport, pollingInterval: POLLING_INTERVAL_MS }) as PublicClient;
  const deployment = await loadDeployment(options.deployment, chainId);
  if ((await publicClient.getCode({ address: deployment.contracts.Escrow.address })) === undefined) {
    throw new CliError(
      `The deployment record names Escrow at ${deployment.contracts.Escrow.address}, but chain ${chainId} has no contract there: was the node restarted? Deploy again, or pass --deployment <file>`,
    );
  }
  const ipfs = await cliIpfsClient(options, env);
  return { rpcUrl, chain, publicClient, deployment, ipfs };
}

/**
 * The chain's own coin as the SDK knows it (ETH, xDAI on Gnosis Chain…); on any other chain, a coin of 18 decimals
 * named "native", as the CLI's token arguments call it.
 */
export function nativeCurrencyOf(chainId: number): Chain["nativeCurrency"] {
  return knownNativeCurrency(chainId) ?? { name: "native coin", symbol: "native", decimals: 18 };
}

async function loadDeployment(file: string | undefined, chainId: number): Promise<Deployment> {
  if (file === undefined) {
    const recorded = await readDeployment(chainId);
    if (recorded === undefined) {
      throw new CliError(
        `No Grandrue deployment is recorded for chain ${chainId} (${deploymentPath(chainId)}): deploy with npm run deploy, or pass --deployment <file>`,
      );
    }
    return recorded;
  }
  let deployment: Deployment;
  try {
    deployment = parseDeployment(JSON.parse(await readFile(file, "utf8")));
  } catch (error) {
    throw new CliError(
      `Cannot read the deployment record ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (deployment.chainId !== chainId) {
    throw new CliError(
      `The deployment record ${file} is for chain ${deployment.chainId}, but the node runs chain ${chainId}`,
    );
  }
  return deployment;
}

/**
 * The wallet that signs: an account the node unlocks (`--account 3` or `--account 0x…`), or a private key read from
 * the environment variable named by `--private-key-env` (never from a file, never printed).
 * @throws UsageError when neither or both are given; CliError when the account or key cannot be used.
 */
export async function signingWallet(
  connection: Connection,
  options: SigningOptions,
  env: NodeJS.ProcessEnv,
): Promise<MarketWalletClient> {
  if (options.account !== undefined && options.privateKeyEnv !== undefined) {
    throw new UsageError("Give either --account or --private-key-env, not both");
  }
  let account: Account | Address;
  if (options.privateKeyEnv !== undefined) {
    account = accountFromEnvironment(options.privateKeyEnv, env);
  } else if (options.account !== undefined) {
    account = await unlockedAccount(connection, options.account);
  } else {
    throw new UsageError(
      "This command signs: choose the account with --account <index|address> or --private-key-env <VAR>",
    );
  }
  return createWalletClient({
    chain: connection.chain,
    transport: http(connection.rpcUrl, { retryCount: 1 }),
    account,
    pollingInterval: POLLING_INTERVAL_MS,
  }) as MarketWalletClient;
}

function accountFromEnvironment(variable: string, env: NodeJS.ProcessEnv): Account {
  const value = env[variable]?.trim();
  if (value === undefined || value === "") throw new CliError(`The environment variable ${variable} is not set`);
  if (!PRIVATE_KEY.test(value))
    throw new CliError(`The environment variable ${variable} does not hold a private key (32 bytes as hex)`);
  return privateKeyToAccount((value.startsWith("0x") ? value : `0x${value}`) as Hex);
}

async function unlockedAccount(connection: Connection, wanted: string): Promise<Address> {
  const accounts = await createWalletClient({
    chain: connection.chain,
    transport: http(connection.rpcUrl, { retryCount: 1 }),
  }).getAddresses();
  if (/^\d+$/.test(wanted)) {
    const account = accounts[Number(wanted)];
    if (account === undefined) {
      throw new CliError(
        `The node at ${connection.rpcUrl} unlocks ${accounts.length} accounts: there is no account #${wanted}`,
      );
    }
    return account;
  }
  if (!isAddress(wanted))
    throw new UsageError(`--account takes an index in eth_accounts or an address, not "${wanted}"`);
  const account = accounts.find((candidate) => isAddressEqual(candidate, wanted));
  if (account === undefined) {
    throw new CliError(
      `The node at ${connection.rpcUrl} does not unlock ${wanted}: use --private-key-env to sign with its key`,
    );
  }
  return account;
}
