import type { ContractName, ServiceName } from "@grandrue/sdk";

/** A contract whose ABI the SDK carries, with the module the ABI is generated into (`sdk/src/generated/abis/<module>.ts`). */
export type GeneratedContract = { source: string; module: string };

/**
 * Contracts a shop deploys for itself, which no deployment record lists: the fan-out that names several services as
 * its order hook, and the adapter that names a Kleros v2 court as its arbitrator.
 */
export type ShopContractName = "ServiceHooks" | "KlerosCourtAdapter";

/** Every contract whose creation bytecode is generated. */
export type DeployableName = ContractName | ServiceName | ShopContractName;

/**
 * The contracts the deploy script, the dev stack and the benchmarks deploy: their ABIs and creation bytecode are
 * generated into `sdk/src/generated/` and committed, so nothing needs a compiler to run the marketplace.
 */
export const DEPLOYABLE_CONTRACTS: Record<DeployableName, GeneratedContract> = {
  ShopRegistry: { source: "contracts/ShopRegistry.sol", module: "shopRegistry" },
  Escrow: { source: "contracts/Escrow.sol", module: "escrow" },
  DeliveryAttestations: { source: "contracts/DeliveryAttestations.sol", module: "deliveryAttestations" },
  Reviews: { source: "contracts/Reviews.sol", module: "reviews" },
  MediatorArbitrator: { source: "contracts/arbitration/MediatorArbitrator.sol", module: "mediatorArbitrator" },
  LocalCurrency: { source: "contracts/tokens/LocalCurrency.sol", module: "localCurrency" },
  GuaranteeBonds: { source: "contracts/services/GuaranteeBonds.sol", module: "guaranteeBonds" },
  LoyaltyStamps: { source: "contracts/services/LoyaltyStamps.sol", module: "loyaltyStamps" },
  LabelAttestations: { source: "contracts/services/LabelAttestations.sol", module: "labelAttestations" },
  PasskeyAccountFactory: { source: "contracts/account/PasskeyAccountFactory.sol", module: "passkeyAccountFactory" },
  PunctualityPool: { source: "contracts/services/PunctualityPool.sol", module: "punctualityPool" },
  ServiceHooks: { source: "contracts/services/ServiceHooks.sol", module: "serviceHooks" },
  KlerosCourtAdapter: { source: "contracts/arbitration/KlerosCourtAdapter.sol", module: "klerosCourtAdapter" },
};

/**
 * Contracts whose ABI the SDK carries although no script deploys them: interfaces, and the passkey account, which its
 * factory deploys.
 */
export const INTERFACE_CONTRACTS = {
  IOrderHook: { source: "contracts/interfaces/IOrderHook.sol", module: "orderHook" },
  PasskeyAccount: { source: "contracts/account/PasskeyAccount.sol", module: "passkeyAccount" },
} satisfies Record<string, GeneratedContract>;

/**
 * The contracts whose custom errors `marketErrorsAbi` gathers for the SDK's error decoder, in this order (a later
 * duplicate replaces an earlier one).
 */
export const ERROR_SOURCES: (DeployableName | keyof typeof INTERFACE_CONTRACTS)[] = [
  "Escrow",
  "ShopRegistry",
  "DeliveryAttestations",
  "Reviews",
  "MediatorArbitrator",
  "LocalCurrency",
  "GuaranteeBonds",
  "LoyaltyStamps",
  "LabelAttestations",
  "PasskeyAccount",
  "PasskeyAccountFactory",
  "PunctualityPool",
  "ServiceHooks",
  "KlerosCourtAdapter",
];

/** Where Hardhat writes the artifact of `name` compiled from `source`. */
export function artifactPath(name: string, { source }: GeneratedContract): string {
  return `artifacts/${source}/${name}.json`;
}
