import * as z from "zod/mini";

const decimal = z.string().check(z.regex(/^\d+$/, { error: "must be a decimal integer" }));
const count = z.number().check(z.int(), z.nonnegative());
const block = z.nullable(z.object({ number: count, timestamp: count }));

/** One shop an indexer proposes: candidates only, to be checked against the chain and IPFS by the caller. */
export const indexerCandidateSchema = z.object({
  shopId: z.pipe(
    decimal,
    z.transform((value) => BigInt(value)),
  ),
  metadataCid: z.string().check(z.minLength(1)),
  catalogCid: z.nullable(z.string().check(z.minLength(1))),
  status: z.enum(["listed", "inactive"]),
  distanceMetres: z.optional(z.number().check(z.nonnegative())),
  isFarther: z.boolean(),
  score: z.number().check(z.nonnegative()),
  matchedItems: z.array(z.string()),
});

/** `GET /search`'s answer (see indexer/README.md). */
export const indexerSearchResponseSchema = z.object({
  chainId: z.number().check(z.int(), z.positive()),
  /** The last block the indexer had applied when it answered. */
  block,
  terms: z.array(z.object({ term: z.string(), typos: z.array(z.string()) })),
  offset: count,
  limit: z.number().check(z.int(), z.positive()),
  hasMore: z.boolean(),
  results: z.array(indexerCandidateSchema),
});

const deployedContract = z.object({ address: z.string(), blockNumber: count });

/** `GET /info`'s answer: which chain and deployment the indexer follows and how far it is. */
export const indexerInfoResponseSchema = z.object({
  service: z.literal("grandrue-indexer"),
  chainId: z.number().check(z.int(), z.positive()),
  deployment: z.object({
    chainId: z.number().check(z.int()),
    contracts: z.record(z.string(), deployedContract),
    services: z.optional(z.record(z.string(), deployedContract)),
  }),
  block,
  /** Documents read and valid, invalid for good, unreachable so far; `pending`: current ones not read yet. */
  documents: z.object({
    ok: z.number().check(z.int()),
    invalid: z.number().check(z.int()),
    unreachable: z.number().check(z.int()),
    pending: z.number().check(z.int()),
  }),
  features: z.object({ typoIndex: z.enum(["pg_trgm", "vocabulary-prefix"]) }),
});

export type IndexerCandidate = z.output<typeof indexerCandidateSchema>;
export type IndexerSearchResponse = z.output<typeof indexerSearchResponseSchema>;
export type IndexerInfoResponse = z.output<typeof indexerInfoResponseSchema>;
