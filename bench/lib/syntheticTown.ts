import type { IpfsClient, SearchableShop } from "@grandrue/sdk";
import { cidToHex, geohashToBytes12, NATIVE_TOKEN } from "@grandrue/sdk";
import { shopRegistryAbi } from "@grandrue/sdk/abis";
import pLimit from "p-limit";
import {
  type Account,
  type Address,
  type Chain,
  type Hex,
  keccak256,
  type PublicClient,
  type Transport,
  toHex,
  type WalletClient,
} from "viem";
import { syntheticTown, TOWN_CENTRE } from "../search/synthetic-town.ts";

export const ITEMS_PER_SHOP = 10;

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export type SyntheticTownOptions = {
  ipfs: IpfsClient;
  publicClient: PublicClient;
  merchant: WalletClient<Transport, Chain, Account>;
  registry: Address;
  arbitrator: Address;
  /** Shops the town can hold (deterministic: shop n is the same in every run). */
  size: number;
  /** The shops to register instead of the default town's (e.g. a synthetic country's). */
  shops?: SearchableShop[];
};

/** The metadata and catalog documents a synthetic shop publishes, and the geohash it registers. */
export function syntheticShopDocuments(shop: SearchableShop, encryptionPublicKey: Hex = keccak256(toHex("bench"))) {
  const location = shop.location ?? { lat: TOWN_CENTRE.lat, lon: TOWN_CENTRE.lon, geohash: "u05kq" };
  const metadata = {
    schema: "grandrue.shop/1",
    name: shop.name,
    description: shop.description,
    address: { street: "1 rue du Marché", postcode: "69002", city: "Lyon", country: "FR" },
    location,
    openingHours: [{ day: 1, opens: "08:00", closes: "19:00" }],
    categories: shop.categories.map(slug),
    labels: shop.labels.map(slug),
    priceUnit: "EUR",
    encryptionPublicKey,
    terms: {},
    fulfilment: { pickup: shop.pickup, ownDelivery: shop.delivery },
  };
  const catalog = {
    schema: "grandrue.catalog/1",
    priceUnit: "EUR",
    updatedAt: "2026-11-01T08:00:00Z",
    items: shop.items.map((item) => ({
      ...item,
      categories: item.categories.map(slug),
      labels: item.labels.map(slug),
      images: [],
      variants: [],
    })),
  };
  return { metadata, catalog, geohash: location.geohash.slice(0, 9) };
}

/**
 * A deterministic synthetic town (bench/search/synthetic-town.ts, about 10 items per shop) put on chain and IPFS for
 * real: each shop's metadata and catalog documents are published and the shop registered, as a merchant would.
 */
export function createSyntheticTown(options: SyntheticTownOptions) {
  const shops = options.shops ?? syntheticTown(options.size, ITEMS_PER_SHOP);
  const uploads = pLimit(16);
  const encryptionPublicKey = keccak256(toHex("bench")) as Hex;

  async function documentsFor(index: number): Promise<{ metadataCid: string; catalogCid: string; geohash: string }> {
    const { metadata, catalog, geohash } = syntheticShopDocuments(shops[index]!, encryptionPublicKey);
    const [metadataCid, catalogCid] = await Promise.all([
      options.ipfs.addJson(metadata),
      options.ipfs.addJson(catalog),
    ]);
    return { metadataCid, catalogCid, geohash };
  }

  async function registerOne(documents: { metadataCid: string; catalogCid: string; geohash: string }): Promise<void> {
    const hash = await options.merchant.writeContract({
      address: options.registry,
      abi: shopRegistryAbi,
      functionName: "register",
      args: [
        {
          payout: options.merchant.account.address,
          terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
          metadataCid: cidToHex(documents.metadataCid),
          catalogCid: cidToHex(documents.catalogCid),
          geohash: geohashToBytes12(documents.geohash),
          acceptance: {
            payments: [{ token: NATIVE_TOKEN, rate: 4n * 10n ** 14n }],
            carriers: [],
            isAnyCarrierAccepted: true,
            arbitrators: [options.arbitrator],
            isAnyArbitratorAccepted: false,
          },
        },
      ],
    });
    await options.publicClient.waitForTransactionReceipt({ hash });
  }

  return {
    shops,
    /** Publishes and registers shops `from` (inclusive) to `to` (exclusive), in order. */
    async register(from: number, to: number): Promise<void> {
      const documents = await Promise.all(
        Array.from({ length: to - from }, (_, offset) => uploads(() => documentsFor(from + offset))),
      );
      for (const shopDocuments of documents) await registerOne(shopDocuments);
    },
  };
}
