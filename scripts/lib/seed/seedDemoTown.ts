import { createIpfsClient, type Deployment, type IpfsReplicaConfig } from "@grandrue/sdk";
import type { Address, PublicClient } from "viem";
import type { DemoCarrierKey, DemoShopKey } from "../demo-town/index.ts";
import { localClients } from "../dev-stack/clients.ts";
import { chainClock } from "./chainClock.ts";
import { type SeedEnvironment, seedCarriers, seedShops } from "./seedParticipants.ts";
import { seedPastOrders } from "./seedPastOrders.ts";
import { seedServices } from "./seedServices.ts";
import { fillShopperPurses } from "./seedShopperPurses.ts";

export type SeedDemoTownParameters = {
  rpcUrl: string;
  deployment: Deployment;
  /** The dev node (its token included), or several replicas and the gateways to read from. */
  ipfs: { apiUrl: string; gatewayUrl: string; token?: string } | { replicas: IpfsReplicaConfig[]; gateways: string[] };
  onProgress?: (message: string) => void;
};

export type SeededTown = {
  shops: Map<DemoShopKey, bigint>;
  carriers: Map<DemoCarrierKey, Address>;
  orders: Map<string, bigint>;
};

/**
 * Seeds the demo town of Aubrelle-sur-Loire on a local chain where the protocol (with the local currency and EURC) is
 * deployed by Hardhat account #0: the shoppers' local currency and EURC (and no native coin for Zoé), the carriers, twelve shops with catalogs and images
 * on IPFS, the services (labels from three issuers, two stamp cards, two guarantee bonds; see `seedServices`) and
 * past orders in every state. The chain should start in the past (the dev stack starts it 14 days
 * back): the orders are spread over the days before now, and the clock is brought back to now at the end.
 */
export async function seedDemoTown(parameters: SeedDemoTownParameters): Promise<SeededTown> {
  const progress = parameters.onProgress ?? (() => {});
  const { publicClient, accounts, walletFor } = await localClients(parameters.rpcUrl);
  const env: SeedEnvironment = {
    publicClient: publicClient as PublicClient,
    deployment: parameters.deployment,
    ipfs: createIpfsClient(
      "replicas" in parameters.ipfs
        ? parameters.ipfs
        : { apiUrl: parameters.ipfs.apiUrl, token: parameters.ipfs.token, gateways: [parameters.ipfs.gatewayUrl] },
    ),
    wallet: (index) => {
      const account = accounts[index];
      if (account === undefined) throw new Error(`The local chain has no account #${index}`);
      return walletFor(account);
    },
    chainId: parameters.deployment.chainId,
  };
  const clock = chainClock(env.publicClient);
  const wallClock = Math.floor(Date.now() / 1000);

  await fillShopperPurses(env, accounts);
  progress("local currency and EURC issued to the shoppers, Zoé's native coin set to zero");
  const carriers = await seedCarriers(env);
  progress(`${carriers.size} carriers registered`);
  const updatedAt = new Date((await clock.now()) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const shops = await seedShops(env, carriers, updatedAt);
  progress(`${shops.size} shops opened with their catalogs`);
  const services = await seedServices(env, shops, carriers, clock);
  const missing = Object.entries(services)
    .filter(([, isSeeded]) => !isSeeded)
    .map(([name]) => name);
  progress(
    `labels, stamp cards and guarantee bonds set up${missing.length === 0 ? "" : ` (not deployed, skipped: ${missing.join(", ")})`}`,
  );
  const orders = await seedPastOrders(env, shops, carriers, clock, wallClock);
  progress(`${orders.size} past orders placed and followed`);
  await clock.catchUpTo(wallClock);
  return {
    shops: new Map([...shops].map(([key, seeded]) => [key, seeded.shopId])),
    carriers: new Map([...carriers].map(([key, seeded]) => [key, seeded.address])),
    orders,
  };
}
