import { z } from "zod";

const decimal = z.string().regex(/^\d+$/, { error: "must be a decimal integer" });
const block = z
  .object({ number: z.number().int().nonnegative(), timestamp: z.number().int().nonnegative() })
  .nullable();

/** One shop an indexer proposes: candidates only, to be checked against the chain and IPFS by the caller. */
export const indexerCandidateSchema = z.object({
  shopId: decimal.transform((value) => BigInt(value)),
  metadataCid: z.string().min(1),
  catalogCid: z.string().min(1).nullable(),
  status: z.enum(["listed", "inactive"]),
  distanceMetres: z.number().nonnegative().optional(),
  isFarther: z.boolean(),
  score: z.number().nonnegative(),
  matchedItems: z.array(z.string()),
});

/** `GET /search`'s answer (see indexer/README.md). */
export const indexerSearchResponseSchema = z.object({
  chainId: z.number().int().positive(),
  /** The last block the indexer had applied when it answered. */
  block,
  terms: z.array(z.object({ term: z.string(), typos: z.array(z.string()) })),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  hasMore: z.boolean(),
  results: z.array(indexerCandidateSchema),
});

const deployedContract = z.object({ address: z.string(), blockNumber: z.number().int().nonnegative() });

/** `GET /info`'s answer: which chain and deployment the indexer follows and how far it is. */
export const indexerInfoResponseSchema = z.object({
  service: z.literal("grandrue-indexer"),
  chainId: z.number().int().positive(),
  deployment: z.object({
    chainId: z.number().int(),
    contracts: z.record(z.string(), deployedContract),
    services: z.record(z.string(), deployedContract).optional(),
  }),
  block,
  /** Documents read and valid, invalid for good, unreachable so far; `pending`: current ones not read yet. */
  documents: z.object({
    ok: z.number().int(),
    invalid: z.number().int(),
    unreachable: z.number().int(),
    pending: z.number().int(),
  }),
  features: z.object({ typoIndex: z.enum(["pg_trgm", "vocabulary-prefix"]) }),
});

export type IndexerCandidate = z.output<typeof indexerCandidateSchema>;
export type IndexerSearchResponse = z.output<typeof indexerSearchResponseSchema>;
export type IndexerInfoResponse = z.output<typeof indexerInfoResponseSchema>;
