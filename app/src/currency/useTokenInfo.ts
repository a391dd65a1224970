import { NATIVE_TOKEN } from "@grandrue/sdk";
import { useQueries, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useMarket } from "../market/useMarket.ts";
import { type TokenInfo, tokenInfoQueryOptions } from "./tokenInfo.ts";

/** @example const { data: info } = useTokenInfo(order.terms.token) */
export function useTokenInfo(token: Address | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    ...tokenInfoQueryOptions(publicClient, deployment, token ?? NATIVE_TOKEN),
    enabled: token !== undefined,
  });
}

/** Each token's info in the same order, undefined while it is read or when it is unreadable. */
export function useTokenInfos(tokens: readonly Address[]): (TokenInfo | undefined)[] {
  const { publicClient, deployment } = useMarket();
  const infos = useQueries({ queries: tokens.map((token) => tokenInfoQueryOptions(publicClient, deployment, token)) });
  return infos.map((info) => info.data);
}
