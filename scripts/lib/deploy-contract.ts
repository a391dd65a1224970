import type { DeployedContract } from "@grandrue/sdk";
import { type Account, type Chain, getAddress, type PublicClient, type Transport, type WalletClient } from "viem";
import { readArtifact } from "./artifacts.ts";
import type { DeployableName } from "./contracts/deployableContracts.ts";

export type DeployClients = {
  publicClient: PublicClient;
  walletClient: WalletClient<Transport, Chain, Account>;
};

/**
 * Deploys one contract from the Hardhat build and waits for its receipt, unless `recorded` still has code on chain,
 * in which case that record is returned as is.
 */
export async function deployOrReuse(
  { publicClient, walletClient }: DeployClients,
  name: DeployableName,
  args: readonly unknown[],
  recorded: DeployedContract | undefined,
): Promise<{ contract: DeployedContract; wasReused: boolean }> {
  if (recorded !== undefined && (await publicClient.getCode({ address: recorded.address })) !== undefined) {
    return { contract: recorded, wasReused: true };
  }
  const { abi, bytecode } = await readArtifact(name);
  const hash = await walletClient.deployContract({ abi, bytecode, args: args as unknown[] });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`Deploying ${name} failed (${hash})`);
  return {
    contract: { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) },
    wasReused: false,
  };
}
