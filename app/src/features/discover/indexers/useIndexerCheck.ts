import { useQuery } from "@tanstack/react-query";
import { useMarket } from "../../../market/useMarket.ts";
import { checkIndexer } from "./indexerChoice.ts";

/**
 * Whether the indexer at `url` answers and follows this app's deployment, asked once per minute at most.
 * @example const { data: check } = useIndexerCheck("http://127.0.0.1:7420"); check?.isUsable
 */
export function useIndexerCheck(url: string) {
  const { deployment } = useMarket();
  return useQuery({
    queryKey: ["indexerCheck", deployment.chainId, url] as const,
    queryFn: ({ signal }) => checkIndexer(url, deployment, signal),
    staleTime: 60_000,
  });
}
