import {
  type Deployment,
  deriveEncryptionKeyPair,
  type EncryptionKeyPair,
  encryptionKeyTypedData,
  type IpfsClient,
  marketContracts,
  NATIVE_TOKEN,
  readMarketContract,
  registerCarrier,
  registerShop,
} from "@grandrue/sdk";
import type { Account, Address, Chain, Hex, PublicClient, Transport, WalletClient } from "viem";
import {
  carrierAccountIndex,
  DEMO_CARRIERS,
  DEMO_CATALOGS,
  DEMO_PAYMENT_RATES,
  DEMO_SHOPS,
  type DemoCarrierKey,
  type DemoPaymentKind,
  type DemoShop,
  type DemoShopKey,
  itemImage,
  shopLogo,
  shopOwnerAccountIndex,
  toCarrierProfile,
  toCatalog,
  toShopMetadata,
} from "../demo-town/index.ts";

export type Wallet = WalletClient<Transport, Chain, Account>;

export type SeedEnvironment = {
  publicClient: PublicClient;
  deployment: Deployment;
  ipfs: IpfsClient;
  /** The wallet of Hardhat account #index. */
  wallet(index: number): Wallet;
  chainId: number;
};

export type SeededCarrier = {
  key: DemoCarrierKey;
  wallet: Wallet;
  address: Address;
  keys: EncryptionKeyPair;
  profileCid: string;
};
export type SeededShop = {
  key: DemoShopKey;
  shop: DemoShop;
  shopId: bigint;
  owner: Wallet;
  keys: EncryptionKeyPair;
  catalogCid: string;
  payments: Record<DemoPaymentKind, { token: Address; rate: bigint }>;
};

/** The token each demo payment kind uses on this deployment. */
export function paymentTokens(deployment: Deployment): Record<DemoPaymentKind, Address> {
  const leman = deployment.contracts.LocalCurrency?.address;
  if (leman === undefined)
    throw new Error("The demo town needs the development local currency (deploy it on chain 31337)");
  const eurc = deployment.tokens?.EURC?.address;
  if (eurc === undefined) throw new Error("The demo town needs the development EURC (deploy it on chain 31337)");
  return { "local-currency": leman, eth: NATIVE_TOKEN, eurc };
}

async function deriveKeys(
  wallet: Wallet,
  request: Parameters<typeof encryptionKeyTypedData>[0],
): Promise<EncryptionKeyPair> {
  return deriveEncryptionKeyPair((await wallet.signTypedData(encryptionKeyTypedData(request) as never)) as Hex);
}

/** Registers the two carriers with their profiles (keys derived from their wallets). */
export async function seedCarriers(env: SeedEnvironment): Promise<Map<DemoCarrierKey, SeededCarrier>> {
  const carriers = new Map<DemoCarrierKey, SeededCarrier>();
  for (const carrier of DEMO_CARRIERS) {
    const wallet = env.wallet(carrierAccountIndex(carrier.key));
    const keys = await deriveKeys(wallet, { chainId: env.chainId, account: wallet.account.address, role: "carrier" });
    const profileCid = await env.ipfs.addJson(toCarrierProfile(carrier, { encryptionPublicKey: keys.publicKey }));
    await registerCarrier(wallet, env.deployment, { profileCid });
    carriers.set(carrier.key, { key: carrier.key, wallet, address: wallet.account.address, keys, profileCid });
  }
  return carriers;
}

/** Publishes each shop's logo, item images, metadata and catalog to IPFS and registers it. */
export async function seedShops(
  env: SeedEnvironment,
  carriers: Map<DemoCarrierKey, SeededCarrier>,
  updatedAt: string,
): Promise<Map<DemoShopKey, SeededShop>> {
  const tokens = paymentTokens(env.deployment);
  const shops = new Map<DemoShopKey, SeededShop>();
  for (const shop of DEMO_SHOPS) {
    const owner = env.wallet(shopOwnerAccountIndex(shop.key));
    const shopCount = await readMarketContract(env.publicClient, {
      ...marketContracts(env.deployment).registry,
      functionName: "shopCount",
    });
    const expectedShopId = shopCount + 1n;
    const keys = await deriveKeys(owner, {
      chainId: env.chainId,
      account: owner.account.address,
      role: "shop",
      shopId: expectedShopId,
    });
    const logoCid = await env.ipfs.addBytes(shopLogo(shop).bytes);
    const imageCids: Record<string, string> = {};
    for (const item of DEMO_CATALOGS[shop.key]) {
      imageCids[item.id] = await env.ipfs.addBytes(itemImage(item).bytes);
    }
    const metadata = toShopMetadata(shop, { encryptionPublicKey: keys.publicKey, logoCid });
    const catalogCid = await env.ipfs.addJson(toCatalog(shop, { updatedAt, imageCids }));
    const payments = Object.fromEntries(
      (Object.keys(tokens) as DemoPaymentKind[]).map((kind) => [
        kind,
        { token: tokens[kind], rate: DEMO_PAYMENT_RATES[kind] },
      ]),
    ) as SeededShop["payments"];
    const { shopId } = await registerShop(owner, env.deployment, {
      terms: shop.windows,
      metadataCid: await env.ipfs.addJson(metadata),
      catalogCid,
      geohash: metadata.location.geohash,
      acceptance: {
        payments: shop.acceptance.payments.map((kind) => payments[kind]),
        carriers: shop.acceptance.carriers.map((key) => carriers.get(key)!.address),
        isAnyCarrierAccepted: false,
        arbitrators: [env.deployment.contracts.MediatorArbitrator.address],
        isAnyArbitratorAccepted: false,
      },
    });
    if (shopId !== expectedShopId)
      throw new Error(`${shop.key} got shop id ${shopId}, its key was derived for ${expectedShopId}`);
    shops.set(shop.key, { key: shop.key, shop, shopId, owner, keys, catalogCid, payments });
  }
  return shops;
}
