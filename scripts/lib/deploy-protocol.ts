import type { ContractName, DeployedContract, Deployment } from "@grandrue/sdk";
import type { Address } from "viem";
import { type DeployClients, deployOrReuse } from "./deploy-contract.ts";

export type DeployProtocolOptions = DeployClients & {
  /** The account (EOA or multisig) that rules disputes in the mediator arbitrator. Defaults to the deployer. */
  mediator?: Address;
  /** Deploy the development local currency (issuer: the deployer). */
  withLocalCurrency: boolean;
  /** A previous deployment on this chain: contracts whose code is still there are reused. */
  previous?: Deployment;
  /** Called after each contract with whether it was deployed or reused. */
  onProgress?: (name: ContractName, contract: DeployedContract, wasReused: boolean) => void;
};

/**
 * Deploys the whole protocol (registry, attestations, escrow, reviews, mediator, passkey account factory, optional local
 * currency), waiting
 * for each receipt. Idempotent: a contract recorded in `previous` whose code is still on chain is reused.
 */
export async function deployProtocol(options: DeployProtocolOptions): Promise<Deployment> {
  const deployer = options.walletClient.account.address;
  const chainId = await options.publicClient.getChainId();
  const previous = options.previous?.chainId === chainId ? options.previous : undefined;
  const contracts: Partial<Record<ContractName, DeployedContract>> = {};

  async function ensure(name: ContractName, args: readonly unknown[]): Promise<Address> {
    const { contract, wasReused } = await deployOrReuse(options, name, args, previous?.contracts[name]);
    contracts[name] = contract;
    options.onProgress?.(name, contract, wasReused);
    return contract.address;
  }

  const registry = await ensure("ShopRegistry", []);
  const attestations = await ensure("DeliveryAttestations", []);
  const escrow = await ensure("Escrow", [registry, attestations]);
  await ensure("Reviews", [escrow, registry]);
  await ensure("MediatorArbitrator", [options.mediator ?? deployer]);
  await ensure("PasskeyAccountFactory", []);
  if (options.withLocalCurrency) await ensure("LocalCurrency", ["Léman (dev)", "LEM", deployer]);
  return { chainId, contracts: contracts as Deployment["contracts"] };
}
