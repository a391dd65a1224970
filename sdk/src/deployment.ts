import { getAddress, type Address } from "viem";

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

/** Where one contract lives and the block it was deployed in (the first block worth scanning for its events). */
export type DeployedContract = { address: Address; blockNumber: number };

/** A deployment of the protocol on one chain. `LocalCurrency` exists only on development chains. */
export type Deployment = {
  chainId: number;
  contracts: Omit<Record<ContractName, DeployedContract>, "LocalCurrency"> & { LocalCurrency?: DeployedContract };
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
  const record = value as { chainId?: unknown; contracts?: Record<string, unknown> };
  if (!Number.isSafeInteger(record.chainId)) throw new InvalidDeploymentError("chainId is not an integer");
  if (typeof record.contracts !== "object" || record.contracts === null) {
    throw new InvalidDeploymentError("contracts is missing");
  }
  const contracts: Record<string, DeployedContract> = {};
  for (const name of CONTRACT_NAMES) {
    const entry = record.contracts[name] as { address?: unknown; blockNumber?: unknown } | undefined;
    if (entry === undefined && name === "LocalCurrency") continue;
    if (entry === undefined) throw new InvalidDeploymentError(`${name} is missing`);
    if (typeof entry.address !== "string") throw new InvalidDeploymentError(`${name}.address is missing`);
    if (!Number.isSafeInteger(entry.blockNumber)) throw new InvalidDeploymentError(`${name}.blockNumber is missing`);
    contracts[name] = { address: getAddress(entry.address), blockNumber: entry.blockNumber as number };
  }
  return { chainId: record.chainId as number, contracts: contracts as Deployment["contracts"] };
}

/** The earliest block any of the deployment's contracts was deployed in. */
export function deploymentStartBlock(deployment: Deployment): bigint {
  const blocks = Object.values(deployment.contracts).map((contract) => contract.blockNumber);
  return BigInt(Math.min(...blocks));
}
