import { CATALOG_SCHEMA_ID, type CatalogItem, parseCatalog, publishCatalog } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";

export type PublishCatalogData = { shopId: bigint; priceUnit: string; items: CatalogItem[] };
export type PublishCatalogResult = { catalogCid: string; blockNumber: bigint };

/** Uploads the catalog document to IPFS and publishes its CID for the shop, in one transaction. */
export default {
  title: (_, t) => t("merchant:catalog.publish.title"),
  displayItems: ({ items }, t) => [
    { label: t("merchant:catalog.publish.items"), value: t("merchant:catalog.itemCount", { count: items.length }) },
    {
      label: t("merchant:catalog.publish.available"),
      value: t("merchant:catalog.itemCount", { count: items.filter((item) => item.available).length }),
    },
    { label: t("merchant:catalog.publish.when"), value: t("merchant:catalog.publish.whenText") },
  ],
  transaction: async ({ walletClient, deployment, ipfs }, { shopId, priceUnit, items }) => {
    const updatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const catalog = parseCatalog({ schema: CATALOG_SCHEMA_ID, priceUnit, updatedAt, items });
    const catalogCid = await ipfs.addJson(catalog);
    const { receipt } = await publishCatalog(walletClient, deployment, { shopId, catalogCid });
    return { catalogCid, blockNumber: receipt.blockNumber };
  },
  successMessage: (_, __, t) => t("merchant:catalog.publish.done"),
  invalidates: (_, chainId) => [["shopIndex", chainId]],
} satisfies MarketTransaction<PublishCatalogData, PublishCatalogResult>;
