import { rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Deployment } from "@grandrue/sdk";
import { type Address, erc20Abi, type PublicClient, parseEther, toHex } from "viem";
import { devRelayerAccount } from "../../../relayer/lib/keys/loadRelayerKey.ts";
import { defaultSettings } from "../../../relayer/lib/settings.ts";
import { type RunningRelayer, startRelayer } from "../../../relayer/startRelayer.ts";

const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data/relayer", import.meta.url));

/** What the dev relayer charges gas at: 3,000 units of any accepted token per native coin (a euro-like price of ETH). */
const UNITS_PER_NATIVE = 3_000n;

async function tokenFacts(client: PublicClient, address: Address) {
  const [symbol, decimals] = await Promise.all([
    client.readContract({ address, abi: erc20Abi, functionName: "symbol" }),
    client.readContract({ address, abi: erc20Abi, functionName: "decimals" }),
  ]);
  const unit = 10n ** BigInt(decimals);
  return { address, symbol, decimals, minimumFee: unit / 100n, nativePrice: UNITS_PER_NATIVE * unit };
}

/**
 * The dev stack's relayer, in its process: the public dev account (index 21 of Hardhat's mnemonic, funded here with
 * 1,000 ETH: dev only), fees in the deployment's dev tokens at 3,000 per ETH (minimum 0.01), every shop sponsored up
 * to 1 ETH of gas, passkey batches of the deployment's `PasskeyAccountFactory` if it records one. Its queue starts
 * empty with each fresh chain.
 */
export async function startDevRelayer({
  client,
  deployment,
  tokens,
  port,
  dataDir = DEFAULT_DATA_DIR,
}: {
  client: PublicClient;
  deployment: Deployment;
  /** The dev tokens it takes fees in (the local currency, a euro stablecoin…). */
  tokens: readonly Address[];
  port: number;
  dataDir?: string;
}): Promise<RunningRelayer> {
  const account = devRelayerAccount();
  await client.request({
    method: "hardhat_setBalance" as never,
    params: [account.address, toHex(parseEther("1000"))] as never,
  });
  await mkdir(dataDir, { recursive: true });
  const databasePath = `${dataDir}/${deployment.chainId}.sqlite`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databasePath}${suffix}`, { force: true });
  const settings = {
    ...defaultSettings({ tokens: await Promise.all(tokens.map((token) => tokenFacts(client, token))) }),
    sponsoredShops: [{ shopId: "*" as const, budget: parseEther("1") }],
    passkeyFactory: deployment.contracts.PasskeyAccountFactory?.address,
  };
  return startRelayer({ client, account, deployment, settings, databasePath, port });
}
