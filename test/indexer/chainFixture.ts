import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIpfsClient } from "@grandrue/sdk";
import { createTestClient, http, type PublicClient } from "viem";
import { hardhat } from "viem/chains";
import { createSyntheticTown } from "../../bench/lib/syntheticTown.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { freePorts } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";

/** A fresh local chain with the protocol deployed, the IPFS node, and a synthetic town to register shops from. */
export type ChainFixture = {
  stack: DevStack;
  dataDir: string;
  publicClient: PublicClient;
  testClient: ReturnType<typeof createTestClient>;
  town: ReturnType<typeof createSyntheticTown>;
  stop(): Promise<void>;
};

/** Starts the fixture; `size` bounds the shops the synthetic town can register (shop n has id n + 1). */
export async function startChainFixture(size: number): Promise<ChainFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), "grandrue-indexer-chain-"));
  const [chain, ipfs] = (await freePorts(2)) as [number, number];
  const stack = await startDevStack({ ports: { chain, ipfs }, withApp: false, ipfsDataDir: join(dataDir, "ipfs") });
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const merchant = walletFor(accounts[1]!);
  const town = createSyntheticTown({
    ipfs: createIpfsClient({ apiUrl: stack.ipfs.apiUrl, token: stack.ipfs.token, gateways: [stack.ipfs.gatewayUrl] }),
    publicClient,
    merchant,
    registry: stack.deployment.contracts.ShopRegistry.address,
    arbitrator: stack.deployment.contracts.MediatorArbitrator.address,
    size,
  });
  const testClient = createTestClient({ mode: "hardhat", chain: hardhat, transport: http(stack.rpcUrl) });
  return {
    stack,
    dataDir,
    publicClient,
    testClient,
    town,
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
