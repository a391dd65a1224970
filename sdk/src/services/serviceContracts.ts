import type { DeployedContract } from "../deployment.ts";
import { guaranteeBondsAbi, labelAttestationsAbi, loyaltyStampsAbi, punctualityPoolAbi } from "./abis.ts";

/**
 * Where a service contract lives and the block it was deployed in (the first block worth scanning for its events).
 * Services are not part of the protocol's deployment record: whoever deploys one publishes this pair.
 */
export type ServiceDeployment = DeployedContract;

/** Address and ABI of a guarantee bonds contract, ready for viem's read/simulate/write calls. */
export function bondsContract(service: ServiceDeployment) {
  return { address: service.address, abi: guaranteeBondsAbi } as const;
}

/** Address and ABI of a loyalty stamps contract. */
export function loyaltyContract(service: ServiceDeployment) {
  return { address: service.address, abi: loyaltyStampsAbi } as const;
}

/** Address and ABI of a label attestations contract. */
export function labelsContract(service: ServiceDeployment) {
  return { address: service.address, abi: labelAttestationsAbi } as const;
}

/** Address and ABI of a carrier punctuality pool ("on time, or N back"). */
export function punctualityContract(service: ServiceDeployment) {
  return { address: service.address, abi: punctualityPoolAbi } as const;
}
