import type { Deployment } from "./deployment.ts";
import {
  deliveryAttestationsAbi,
  escrowAbi,
  localCurrencyAbi,
  mediatorArbitratorAbi,
  reviewsAbi,
  shopRegistryAbi,
} from "./generated/abis.ts";

/** Address and ABI of each protocol contract of a deployment, ready for viem's read/simulate/write calls. */
export function marketContracts(deployment: Deployment) {
  const { contracts } = deployment;
  return {
    registry: { address: contracts.ShopRegistry.address, abi: shopRegistryAbi },
    escrow: { address: contracts.Escrow.address, abi: escrowAbi },
    attestations: { address: contracts.DeliveryAttestations.address, abi: deliveryAttestationsAbi },
    reviews: { address: contracts.Reviews.address, abi: reviewsAbi },
    mediator: { address: contracts.MediatorArbitrator.address, abi: mediatorArbitratorAbi },
    localCurrency: contracts.LocalCurrency && { address: contracts.LocalCurrency.address, abi: localCurrencyAbi },
  } as const;
}

export type MarketContracts = ReturnType<typeof marketContracts>;
