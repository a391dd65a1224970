import { type Address, getAddress, isAddress } from "viem";

/**
 * The protocol's contracts, as recorded in `deployments/<chainId>.json`, with the factory of the shoppers' passkey
 * accounts (see `sdk/src/passkeys/`), which records written before it existed lack.
 */
export const CONTRACT_NAMES = [
  "ShopRegistry",
  "DeliveryAttestations",
  "Escrow",
  "Reviews",
  "MediatorArbitrator",
  "LocalCurrency",
  "PasskeyAccountFactory",
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

/**
 * Services built on the protocol's public interfaces (see docs/composing.md). They are not part of the protocol:
 * a deployment may record any of them, so that apps can offer them, or none.
 */
export const SERVICE_NAMES = ["GuaranteeBonds", "LoyaltyStamps", "LabelAttestations", "PunctualityPool"] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * Payment tokens deployed beside the protocol on development chains, by symbol: the demo town's euro stablecoin,
 * Circle's FiatToken V2_2 as "Euro Coin" (EURC, 6 decimals, EIP-2612 permit and ERC-3009 authorizations). On a real
 * chain shops name the real tokens, which no deployment file lists.
 */
export const DEV_TOKEN_SYMBOLS = ["EURC"] as const;

export type DevTokenSymbol = (typeof DEV_TOKEN_SYMBOLS)[number];

/** Where one contract lives and the block it was deployed in (the first block worth scanning for its events). */
export type DeployedContract = { address: Address; blockNumber: number };

/**
 * The services a deployment file lists: those of this SDK, validated, and any other as the file has it (`unknown`),
 * for whoever deployed it to read (with {@link serviceDeployment} when it is an address and a block).
 */
export type DeploymentServices = { readonly [name in ServiceName]?: DeployedContract } & {
  readonly [other: string]: unknown;
};

/** Contracts a deployment may lack: the development local currency, and the passkey factory of older records. */
const OPTIONAL_CONTRACTS: readonly ContractName[] = ["LocalCurrency", "PasskeyAccountFactory"];

/**
 * A deployment of the protocol on one chain. `LocalCurrency` and `tokens` exist only on development chains;
 * `PasskeyAccountFactory` is missing from records written before passkey accounts; `services` lists the service
 * contracts deployed alongside, if any.
 */
export type Deployment = {
  chainId: number;
  contracts: Omit<Record<ContractName, DeployedContract>, "LocalCurrency" | "PasskeyAccountFactory"> & {
    LocalCurrency?: DeployedContract;
    PasskeyAccountFactory?: DeployedContract;
  };
  services?: DeploymentServices;
  tokens?: { readonly [tokenSymbol in DevTokenSymbol]?: DeployedContract };
};

/** The deployment file is missing a field or has a malformed one. */
export class InvalidDeploymentError extends Error {
  constructor(reason: string) {
    super(`Invalid deployment record: ${reason}`);
    this.name = "InvalidDeploymentError";
  }
}

/**
 * Validates a parsed `deployments/<chainId>.json` and normalises its addresses to checksum form.
 * @example const deployment = parseDeployment(JSON.parse(await readFile("deployments/31337.json", "utf8")))
 */
export function parseDeployment(value: unknown): Deployment {
  if (typeof value !== "object" || value === null) throw new InvalidDeploymentError("not an object");
  const record = value as {
    chainId?: unknown;
    contracts?: Record<string, unknown>;
    services?: unknown;
    tokens?: unknown;
  };
  if (!Number.isSafeInteger(record.chainId)) throw new InvalidDeploymentError("chainId is not an integer");
  if (typeof record.contracts !== "object" || record.contracts === null) {
    throw new InvalidDeploymentError("contracts is missing");
  }
  const contracts: Record<string, DeployedContract> = {};
  for (const name of CONTRACT_NAMES) {
    const entry = record.contracts[name];
    if (entry === undefined && OPTIONAL_CONTRACTS.includes(name)) continue;
    if (entry === undefined) throw new InvalidDeploymentError(`${name} is missing`);
    contracts[name] = parseDeployedContract(name, entry);
  }
  const deployment: Deployment = {
    chainId: record.chainId as number,
    contracts: contracts as Deployment["contracts"],
    ...parseTokens(record.tokens),
  };
  if (record.services === undefined) return deployment;
  if (typeof record.services !== "object" || record.services === null)
    throw new InvalidDeploymentError("services is not an object");
  const services: Record<string, unknown> = { ...record.services };
  for (const name of SERVICE_NAMES) {
    if (services[name] !== undefined) services[name] = parseDeployedContract(`services.${name}`, services[name]);
  }
  return { ...deployment, services };
}

/**
 * Where a service the deployment lists lives, one of this SDK's or any other recorded as `{ address, blockNumber }`;
 * undefined when the deployment does not list it.
 * @throws InvalidDeploymentError when the entry is not an address and a block number.
 * @example const notifier = serviceDeployment(deployment, "OrderNotifier") // a service the SDK does not know
 */
export function serviceDeployment(deployment: Deployment, name: string): DeployedContract | undefined {
  const entry = deployment.services?.[name];
  return entry === undefined ? undefined : parseDeployedContract(`services.${name}`, entry);
}

function parseTokens(value: unknown): Pick<Deployment, "tokens"> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null) throw new InvalidDeploymentError("tokens is not an object");
  const tokens: Partial<Record<DevTokenSymbol, DeployedContract>> = {};
  for (const symbol of DEV_TOKEN_SYMBOLS) {
    const entry = (value as Record<string, unknown>)[symbol];
    if (entry !== undefined) tokens[symbol] = parseDeployedContract(`tokens.${symbol}`, entry);
  }
  return { tokens };
}

function parseDeployedContract(name: string, value: unknown): DeployedContract {
  const entry = (typeof value === "object" && value !== null ? value : {}) as {
    address?: unknown;
    blockNumber?: unknown;
  };
  if (typeof entry.address !== "string" || !isAddress(entry.address, { strict: false })) {
    throw new InvalidDeploymentError(`${name}.address is missing or not an address`);
  }
  if (!Number.isSafeInteger(entry.blockNumber)) throw new InvalidDeploymentError(`${name}.blockNumber is missing`);
  return { address: getAddress(entry.address), blockNumber: entry.blockNumber as number };
}

/** The earliest block any of the deployment's contracts was deployed in. */
export function deploymentStartBlock(deployment: Deployment): bigint {
  const blocks = Object.values(deployment.contracts).map((contract) => contract.blockNumber);
  return BigInt(Math.min(...blocks));
}
