import type { DeployedContract, Deployment, ServiceName } from "@grandrue/sdk";
import { type DeployClients, deployOrReuse } from "./deploy-contract.ts";

export type DeployServicesOptions = DeployClients & {
  /** The protocol the services build on (its escrow and registry). */
  deployment: Deployment;
  /** A previous record on this chain: its services are reused when they still have code and were built on the same protocol. */
  previous?: Deployment;
  /** Called after each service with whether it was deployed or reused. */
  onProgress?: (name: ServiceName, contract: DeployedContract, wasReused: boolean) => void;
};

/**
 * Deploys the four services of docs/composing.md (guarantee bonds, loyalty stamps, label attestations, the carriers'
 * punctuality pool) on top of a
 * deployed protocol, with nothing but its escrow and registry addresses, as an outside team would, and returns the
 * deployment with its `services` filled in.
 */
export async function deployServices(options: DeployServicesOptions): Promise<Deployment> {
  const { deployment } = options;
  const { Escrow, ShopRegistry } = deployment.contracts;
  const previous = options.previous;
  const isSameProtocol =
    previous?.chainId === deployment.chainId &&
    previous.contracts.Escrow.address === Escrow.address &&
    previous.contracts.ShopRegistry.address === ShopRegistry.address;
  const services: Partial<Record<ServiceName, DeployedContract>> = {};

  async function ensure(name: ServiceName, args: readonly unknown[]): Promise<void> {
    const recorded = isSameProtocol ? previous?.services?.[name] : undefined;
    const { contract, wasReused } = await deployOrReuse(options, name, args, recorded);
    services[name] = contract;
    options.onProgress?.(name, contract, wasReused);
  }

  await ensure("GuaranteeBonds", [Escrow.address, ShopRegistry.address]);
  await ensure("LoyaltyStamps", [Escrow.address, ShopRegistry.address]);
  await ensure("LabelAttestations", [ShopRegistry.address]);
  await ensure("PunctualityPool", [Escrow.address]);
  return { ...deployment, services };
}
