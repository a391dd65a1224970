import { getAddress, isAddress, type Address } from "viem";

/** The protocol's contracts, as recorded in `deployments/<chainId>.json`. */
export const CONTRACT_NAMES = [
  "ShopRegistry",
  "DeliveryAttestations",
  "Escrow",
  "Reviews",
  "MediatorArbitrator",
  "LocalCurrency",
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

/**
 * Services built on the protocol's public interfaces (see docs/composing.md). They are not part of the protocol:
 * a deployment may record any of them, so that apps can offer them, or none.
 */
export const SERVICE_NAMES = ["GuaranteeBonds", "LoyaltyStamps", "LabelAttestations"] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Where one contract lives and the block it was deployed in (the first block worth scanning for its events). */
export type DeployedContract = { address: Address; blockNumber: number };

/**
 * A deployment of the protocol on one chain. `LocalCurrency` exists only on development chains; `services` lists the
 * service contracts deployed alongside, if any.
 */
export type Deployment = {
  chainId: number;
  contracts: Omit<Record<ContractName, DeployedContract>, "LocalCurrency"> & { LocalCurrency?: DeployedContract };
  services?: Partial<Record<ServiceName, DeployedContract>>;
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
  const record = value as { chainId?: unknown; contracts?: Record<string, unknown>; services?: unknown };
  if (!Number.isSafeInteger(record.chainId)) throw new InvalidDeploymentError("chainId is not an integer");
  if (typeof record.contracts !== "object" || record.contracts === null) {
    throw new InvalidDeploymentError("contracts is missing");
  }
  const contracts: Record<string, DeployedContract> = {};
  for (const name of CONTRACT_NAMES) {
    const entry = record.contracts[name];
    if (entry === undefined && name === "LocalCurrency") continue;
    if (entry === undefined) throw new InvalidDeploymentError(`${name} is missing`);
    contracts[name] = parseDeployedContract(name, entry);
  }
  const deployment: Deployment = { chainId: record.chainId as number, contracts: contracts as Deployment["contracts"] };
  if (record.services === undefined) return deployment;
  if (typeof record.services !== "object" || record.services === null) throw new InvalidDeploymentError("services is not an object");
  const listed = record.services as Record<string, unknown>;
  const services: Partial<Record<ServiceName, DeployedContract>> = {};
  for (const name of Object.keys(listed)) {
    if (!(SERVICE_NAMES as readonly string[]).includes(name)) throw new InvalidDeploymentError(`services.${name} is not a known service`);
    services[name as ServiceName] = parseDeployedContract(`services.${name}`, listed[name]);
  }
  return { ...deployment, services };
}

function parseDeployedContract(name: string, value: unknown): DeployedContract {
  const entry = (typeof value === "object" && value !== null ? value : {}) as { address?: unknown; blockNumber?: unknown };
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
