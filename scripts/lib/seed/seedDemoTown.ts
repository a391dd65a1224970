import { createIpfsClient, type Deployment, type IpfsReplicaConfig, writeMarketContract } from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import type { Address, PublicClient } from "viem";
import { DEMO_PEOPLE, type DemoCarrierKey, type DemoShopKey } from "../demo-town/index.ts";
import { localClients } from "../dev-stack/clients.ts";
import { chainClock } from "./chainClock.ts";
import { type SeedEnvironment, seedCarriers, seedShops } from "./seedParticipants.ts";
import { seedPastOrders } from "./seedPastOrders.ts";
import { seedServices } from "./seedServices.ts";

/** Local currency each demo shopper starts with (whole units). */
const SHOPPER_ALLOWANCE = 500n * 10n ** 18n;

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
 * Seeds the demo town of Aubrelle-sur-Loire on a local chain where the protocol (with the local currency) is
 * deployed by Hardhat account #0: the shoppers' local currency, the carriers, twelve shops with catalogs and images
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

  const leman = parameters.deployment.contracts.LocalCurrency;
  if (leman === undefined) throw new Error("The demo town needs the development local currency");
  for (const person of DEMO_PEOPLE) {
    if (person.role !== "shopper") continue;
    await writeMarketContract(env.wallet(0), {
      address: leman.address,
      abi: localCurrencyAbi,
      functionName: "mint",
      args: [env.wallet(person.accountIndex).account.address, SHOPPER_ALLOWANCE],
    });
  }
  progress("local currency issued to the shoppers");
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
