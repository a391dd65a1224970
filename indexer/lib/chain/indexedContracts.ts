import type { Deployment } from "@grandrue/sdk";
import { deliveryAttestationsAbi, labelAttestationsAbi, reviewsAbi, shopRegistryAbi } from "@grandrue/sdk/abis";
import { zeroAddress } from "viem";

/** Chain ids of development chains, which restart from nothing under the same id. */
export const LOCAL_CHAIN_IDS: ReadonlySet<number> = new Set([31337, 1337]);

/** The chain name the Ponder config gives the deployment's chain. */
export const CHAIN_NAME = "grandrue";

/**
 * The contracts Ponder indexes, with the SDK's generated ABIs and the deployment's addresses and blocks. The labels
 * service is optional in a deployment: without it, its handlers watch the zero address, which never emits a log.
 * This file and `src/*.ts` are the only places that know the contracts' event shapes.
 */
export function indexedContracts(deployment: Deployment) {
  const { ShopRegistry, Reviews, DeliveryAttestations } = deployment.contracts;
  const labels = deployment.services?.LabelAttestations;
  return {
    ShopRegistry: {
      chain: CHAIN_NAME,
      abi: shopRegistryAbi,
      address: ShopRegistry.address,
      startBlock: ShopRegistry.blockNumber,
    },
    Reviews: { chain: CHAIN_NAME, abi: reviewsAbi, address: Reviews.address, startBlock: Reviews.blockNumber },
    DeliveryAttestations: {
      chain: CHAIN_NAME,
      abi: deliveryAttestationsAbi,
      address: DeliveryAttestations.address,
      startBlock: DeliveryAttestations.blockNumber,
    },
    LabelAttestations: {
      chain: CHAIN_NAME,
      abi: labelAttestationsAbi,
      address: labels?.address ?? zeroAddress,
      startBlock: labels?.blockNumber ?? ShopRegistry.blockNumber,
    },
  } as const;
}
