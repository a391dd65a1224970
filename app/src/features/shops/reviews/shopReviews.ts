import { type Deployment, getShopReviews, type ShopReviews } from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Chain, Client, Transport } from "viem";
import { useMarket } from "../../../market/useMarket.ts";

/** Query key of a shop's reviews; invalidate it after posting a review or a reply. */
export const shopReviewsKey = (chainId: number, shopId: bigint) => ["shopReviews", chainId, shopId.toString()] as const;

/** A shop's reviews (verified buyers only) with the shop's replies, and its on-chain rating. */
export const shopReviewsQueryOptions = (
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  shopId: bigint,
) =>
  queryOptions({
    queryKey: shopReviewsKey(deployment.chainId, shopId),
    queryFn: () => getShopReviews(publicClient, deployment, { shopId }),
  });

const newestFirst = (shopReviews: ShopReviews): ShopReviews => ({
  ...shopReviews,
  reviews: [...shopReviews.reviews].reverse(),
});

/**
 * The reviews of a shop, newest first.
 * @example const { data } = useShopReviews(3n); data?.reviews[0]?.reply?.textCid
 */
export function useShopReviews(shopId: bigint) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    ...shopReviewsQueryOptions(publicClient, deployment, shopId),
    select: newestFirst,
  });
}
