import { index, onchainTable } from "ponder";

/**
 * Chain facts only: Ponder rolls these tables back on a reorg. Documents fetched from IPFS live in the
 * content-addressed tables of `src/documents/documentTables.ts`, outside Ponder, and are joined by CID.
 */

/** A shop as the registry's events leave it: its current documents, position and acceptance. */
export const shop = onchainTable(
  "shop",
  (t) => ({
    id: t.bigint().primaryKey(),
    owner: t.hex().notNull(),
    metadataCid: t.text(),
    catalogCid: t.text(),
    /** The geohash registered on chain (the search uses the metadata's coordinates, like the browser). */
    geohash: t.text(),
    isActive: t.boolean().notNull(),
    /** Lower-case addresses of the tokens the shop accepts. */
    paymentTokens: t.text().array().notNull(),
    /** The shop names a carrier or accepts any: its items can be delivered even without its own round. */
    hasCarrier: t.boolean().notNull(),
    ratingCount: t.integer().notNull(),
    ratingSum: t.integer().notNull(),
    registeredAtBlock: t.bigint().notNull(),
    updatedAtBlock: t.bigint().notNull(),
  }),
  (table) => ({
    metadataCidIndex: index().on(table.metadataCid),
    catalogCidIndex: index().on(table.catalogCid),
  }),
);

/**
 * One review per order, by its buyer, with the reviewed order's token and amount: what the review cost its author,
 * so a reader can weigh reviews and count distinct buyers (a review proves a purchase, not a stranger).
 */
export const review = onchainTable(
  "review",
  (t) => ({
    orderId: t.bigint().primaryKey(),
    shopId: t.bigint().notNull(),
    buyer: t.hex().notNull(),
    rating: t.integer().notNull(),
    token: t.hex().notNull(),
    amount: t.bigint().notNull(),
    textCid: t.text(),
    blockNumber: t.bigint().notNull(),
  }),
  (table) => ({ shopIndex: index().on(table.shopId) }),
);

/** A registered carrier and its latest profile. */
export const carrier = onchainTable("carrier", (t) => ({
  address: t.hex().primaryKey(),
  profileCid: t.text(),
  registeredAtBlock: t.bigint().notNull(),
  updatedAtBlock: t.bigint().notNull(),
}));

/** A label issuer of the labels service and its latest name and profile. */
export const labelIssuer = onchainTable("label_issuer", (t) => ({
  address: t.hex().primaryKey(),
  name: t.text().notNull(),
  profileCid: t.text(),
}));

/** One label attestation; valid while not revoked and not past `expiresAt` (0: no expiry). */
export const labelAttestation = onchainTable(
  "label_attestation",
  (t) => ({
    id: t.bigint().primaryKey(),
    shopId: t.bigint().notNull(),
    issuer: t.hex().notNull(),
    label: t.text().notNull(),
    expiresAt: t.bigint().notNull(),
    evidenceCid: t.text(),
    isRevoked: t.boolean().notNull(),
    blockNumber: t.bigint().notNull(),
  }),
  (table) => ({ shopLabelIndex: index().on(table.shopId, table.label) }),
);
