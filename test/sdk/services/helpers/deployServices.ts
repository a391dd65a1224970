import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { getAddress, type Abi, type Hex } from "viem";
import type { MarketWalletClient } from "../../../../sdk/src/internal/writeMarketContract.ts";
import type { ServiceDeployment } from "../../../../sdk/src/services/serviceContracts.ts";
import type { Market } from "../../helpers/market.ts";

const ARTIFACTS = fileURLToPath(new URL("../../../../artifacts/contracts/services/", import.meta.url));

async function deploy(market: Market, deployer: MarketWalletClient, name: string, args: readonly unknown[]): Promise<ServiceDeployment> {
  const { abi, bytecode } = JSON.parse(await readFile(`${ARTIFACTS}${name}.sol/${name}.json`, "utf8")) as { abi: Abi; bytecode: Hex };
  const hash = await deployer.deployContract({ abi, bytecode, args: args as unknown[] });
  const receipt = await market.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`Deploying ${name} failed (${hash})`);
  return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
}

/**
 * Deploys the three services on top of a market, as an outside team would: with the escrow and registry addresses
 * only, from a different account than the protocol's deployer.
 */
export async function deployServices(market: Market) {
  const { Escrow, ShopRegistry } = market.deployment.contracts;
  const team = market.accounts.stranger;
  return {
    bonds: await deploy(market, team, "GuaranteeBonds", [Escrow.address, ShopRegistry.address]),
    loyalty: await deploy(market, team, "LoyaltyStamps", [Escrow.address, ShopRegistry.address]),
    labels: await deploy(market, team, "LabelAttestations", [ShopRegistry.address]),
  };
}

export type Services = Awaited<ReturnType<typeof deployServices>>;
