import { type Hex, zeroHash } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import type { Deployment } from "../deployment.ts";
import { parseCatalog } from "../documents/catalog.ts";
import { parseShopMetadata } from "../documents/shop.ts";
import type { IpfsClient } from "../ipfs/client.ts";
import type { IpfsReader } from "../ipfs/reader.ts";
import type { ReplicaHolding, ReplicaHoldingState } from "../ipfs/replicaCheck.ts";
import type { PublishReceipt } from "../ipfs/writer.ts";
import { listOrders } from "../orders/listOrders.ts";
import type { OrderStatus } from "../orders/types.ts";
import { cidOfDigest } from "../preparedOrder/publishPreparedOrder.ts";
import { getShop } from "./getShop.ts";

/** The statuses in which an order still needs its documents: the shop must read them to fulfil it. */
export const OPEN_ORDER_STATUSES: ReadonlySet<OrderStatus> = new Set([
  "Paid",
  "Accepted",
  "Shipped",
  "Delivered",
  "Disputed",
]);

export type ShopDocumentKind = "shop" | "catalog" | "order-items" | "shipping";

/** A document a shop depends on, with the files it links to (the logo, the catalog's images). */
export type ShopDocument = {
  kind: ShopDocumentKind;
  cid: string;
  /** The order, for an order's line items and sealed address. */
  orderId?: bigint;
  /** CIDs the document links to, kept with it. */
  attachments: string[];
};

/** A document and what each configured replica answers for it and all its attachments. */
export type ShopDocumentCheck = ShopDocument & {
  /** In the order of the configured replicas; a replica `holds` the document only if it holds every attachment. */
  replicas: ReplicaHolding[];
  /** How many replicas hold it all, verified. */
  held: number;
};

async function readAttachments(read: () => Promise<string[]>): Promise<string[]> {
  try {
    return [...new Set(await read())];
  } catch {
    return []; // an unreadable document has no known attachments; the check shows it missing everywhere
  }
}

/**
 * Every document a shop depends on: its profile (with its logo), its current catalog (with its images), and the
 * line items and sealed address of each open order.
 * @example const documents = await listShopDocuments(publicClient, deployment, ipfs, { shopId: 3n })
 */
export async function listShopDocuments(
  client: MarketReadClient,
  deployment: Deployment,
  ipfs: IpfsReader,
  { shopId }: { shopId: bigint },
): Promise<ShopDocument[]> {
  const [shop, orders] = await Promise.all([
    getShop(client, deployment, { shopId }),
    listOrders(client, deployment, { shopId }),
  ]);
  const documents: ShopDocument[] = [];
  if (shop.metadataCid !== undefined) {
    const cid = shop.metadataCid;
    const attachments = await readAttachments(async () => {
      const { logo } = parseShopMetadata(await ipfs.getJson(cid));
      return logo === undefined ? [] : [logo];
    });
    documents.push({ kind: "shop", cid, attachments });
  }
  if (shop.catalogCid !== undefined) {
    const cid = shop.catalogCid;
    const attachments = await readAttachments(async () =>
      parseCatalog(await ipfs.getJson(cid)).items.flatMap(({ images }) => images),
    );
    documents.push({ kind: "catalog", cid, attachments });
  }
  for (const { orderId, itemsDigest, shippingDigest, state } of orders) {
    if (!OPEN_ORDER_STATUSES.has(state.status)) continue;
    documents.push(...orderDocuments(orderId, itemsDigest, shippingDigest));
  }
  return documents;
}

/** The documents an order commits to: its line items, and its sealed address when it is delivered. */
export function orderDocuments(orderId: bigint, itemsDigest: Hex, shippingDigest: Hex): ShopDocument[] {
  return [
    { kind: "order-items", cid: cidOfDigest(itemsDigest), orderId, attachments: [] },
    ...(shippingDigest === zeroHash
      ? []
      : [{ kind: "shipping" as const, cid: cidOfDigest(shippingDigest), orderId, attachments: [] }]),
  ];
}

/** When a replica lacks part of a document, the most telling answer wins: a lie, then silence, then an error. */
const SEVERITY: readonly ReplicaHoldingState[] = ["lying", "unreachable", "failing", "missing"];

/**
 * Asks every replica for every document a shop depends on, attachments included, each answer verified against its
 * CID. The merchant's space and `npm run cli -- docs check` show this.
 * @example const checks = await checkShopDocuments(publicClient, deployment, ipfs, { shopId: 3n })
 */
export async function checkShopDocuments(
  client: MarketReadClient,
  deployment: Deployment,
  ipfs: IpfsClient,
  { shopId, signal }: { shopId: bigint; signal?: AbortSignal },
): Promise<ShopDocumentCheck[]> {
  const documents = await listShopDocuments(client, deployment, ipfs, { shopId });
  const cids = [...new Set(documents.flatMap(({ cid, attachments }) => [cid, ...attachments]))];
  const byCid = new Map((await ipfs.checkReplicas(cids, { signal })).map((result) => [result.cid, result]));
  return documents.map((document) => {
    const results = [document.cid, ...document.attachments].map((cid) => byCid.get(cid)!);
    const replicas = ipfs.replicas.map((_, index): ReplicaHolding => {
      const answers = results.map((result) => result.replicas[index]!);
      return SEVERITY.flatMap((state) => answers.filter((answer) => answer.state === state))[0] ?? answers[0]!;
    });
    return { ...document, replicas, held: replicas.filter(({ state }) => state === "holds").length };
  });
}

/**
 * Publishes a document and its attachments again on every replica, from wherever they can still be read.
 * @throws like {@link IpfsClient.replicate}, at the first file that cannot be kept.
 */
export async function replicateShopDocument(
  ipfs: IpfsClient,
  document: ShopDocument,
  options: { signal?: AbortSignal } = {},
): Promise<PublishReceipt[]> {
  const receipts: PublishReceipt[] = [];
  for (const cid of [document.cid, ...document.attachments]) receipts.push(await ipfs.replicate(cid, options));
  return receipts;
}

/**
 * What a shop does when it accepts an order: it keeps the order's line items and sealed address on its replicas, since
 * it needs them to fulfil the order even if the buyer's replicas lose them.
 * @throws like {@link IpfsClient.replicate}: the documents cannot be read any more, or too few replicas stored them.
 * @example await keepOrderDocuments(ipfs, order) // then accept(walletClient, deployment, order)
 */
export async function keepOrderDocuments(
  ipfs: IpfsClient,
  order: { orderId: bigint; itemsDigest: Hex; shippingDigest: Hex },
  options: { signal?: AbortSignal } = {},
): Promise<PublishReceipt[]> {
  const receipts: PublishReceipt[] = [];
  for (const document of orderDocuments(order.orderId, order.itemsDigest, order.shippingDigest))
    receipts.push(...(await replicateShopDocument(ipfs, document, options)));
  return receipts;
}
