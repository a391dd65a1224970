import { getAddress, type Account, type Address, type Chain, type PublicClient, type Transport, type WalletClient } from "viem";
import type { ContractName, DeployedContract, Deployment } from "../../sdk/src/deployment.ts";
import { readArtifact } from "./artifacts.ts";

export type DeployProtocolOptions = {
  publicClient: PublicClient;
  walletClient: WalletClient<Transport, Chain, Account>;
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
 * Deploys the whole protocol (registry, attestations, escrow, reviews, mediator, optional local currency), waiting
 * for each receipt. Idempotent: a contract recorded in `previous` whose code is still on chain is reused.
 */
export async function deployProtocol(options: DeployProtocolOptions): Promise<Deployment> {
  const { publicClient, walletClient } = options;
  const deployer = walletClient.account.address;
  const chainId = await publicClient.getChainId();
  const previous = options.previous?.chainId === chainId ? options.previous : undefined;
  const contracts: Partial<Record<ContractName, DeployedContract>> = {};

  async function ensure(name: ContractName, args: readonly unknown[]): Promise<Address> {
    const recorded = previous?.contracts[name];
    if (recorded !== undefined && (await publicClient.getCode({ address: recorded.address })) !== undefined) {
      contracts[name] = recorded;
      options.onProgress?.(name, recorded, true);
      return recorded.address;
    }
    const { abi, bytecode } = await readArtifact(name);
    const hash = await walletClient.deployContract({ abi, bytecode, args: args as unknown[] });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`Deploying ${name} failed (${hash})`);
    const deployed = { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
    contracts[name] = deployed;
    options.onProgress?.(name, deployed, false);
    return deployed.address;
  }

  const registry = await ensure("ShopRegistry", []);
  const attestations = await ensure("DeliveryAttestations", []);
  const escrow = await ensure("Escrow", [registry, attestations]);
  await ensure("Reviews", [escrow, registry]);
  await ensure("MediatorArbitrator", [options.mediator ?? deployer]);
  if (options.withLocalCurrency) await ensure("LocalCurrency", ["Léman (dev)", "LEM", deployer]);
  return { chainId, contracts: contracts as Deployment["contracts"] };
}
