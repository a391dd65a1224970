import { type DocumentKind, type DocumentTypes, type IpfsClient, parseDocument } from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useMarket } from "./useMarket.ts";

/**
 * A document read from IPFS, verified against its CID and validated against its schema. A CID never changes, so it
 * is never refetched; a missing, lying or invalid source surfaces as `error` (never as raw data).
 */
export const documentQueryOptions = <Kind extends DocumentKind>(
  ipfs: IpfsClient,
  kind: Kind,
  cid: string | undefined,
) =>
  queryOptions({
    queryKey: ["document", kind, cid] as const,
    queryFn: async (): Promise<DocumentTypes[Kind]> => parseDocument(kind, await ipfs.getJson(cid!)),
    enabled: cid !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
  });

/** @example const { data: review } = useDocument("review", textCid) */
export function useDocument<Kind extends DocumentKind>(kind: Kind, cid: string | undefined) {
  return useQuery(documentQueryOptions(useMarket().ipfs, kind, cid));
}
