import { type DeployedContract, getCardBalance, getRegularCount, type ServiceName } from "@grandrue/sdk";
import { useQueries, useQuery } from "@tanstack/react-query";
import { type Address, zeroAddress } from "viem";
import {
  allLabelsQueryOptions,
  labelIssuersQueryOptions,
  loyaltyProgramQueryOptions,
  orderWarrantyQueryOptions,
  serviceKeys,
  shopBondsQueryOptions,
  stampCardsQueryOptions,
  stampedOrdersQueryOptions,
} from "./serviceQueries.ts";
import { useMarket } from "./useMarket.ts";

/**
 * Where a service lives in this deployment, `undefined` when it was not deployed: the app then hides the feature.
 * @example const bonds = useServiceContract("GuaranteeBonds")
 */
export function useServiceContract(name: ServiceName): DeployedContract | undefined {
  return useMarket().deployment.services?.[name];
}

/** Stands in for a service that is not deployed; its queries are disabled. */
const ABSENT: DeployedContract = { address: zeroAddress, blockNumber: 0 };

/** A shop's guarantee bonds (one per token); disabled without the bonds service. */
export function useShopBonds(shopId: bigint) {
  const { publicClient } = useMarket();
  const bonds = useServiceContract("GuaranteeBonds");
  return useQuery({ ...shopBondsQueryOptions(publicClient, bonds ?? ABSENT, shopId), enabled: bonds !== undefined });
}

/** An order's warranty and claim; disabled without the bonds service. */
export function useOrderWarranty(orderId: bigint) {
  const { publicClient } = useMarket();
  const bonds = useServiceContract("GuaranteeBonds");
  return useQuery({
    ...orderWarrantyQueryOptions(publicClient, bonds ?? ABSENT, orderId),
    enabled: bonds !== undefined,
  });
}

/** A shop's stamp card program (`null` when it has none); disabled without the loyalty service. */
export function useLoyaltyProgram(shopId: bigint) {
  const { publicClient } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQuery({
    ...loyaltyProgramQueryOptions(publicClient, loyalty ?? ABSENT, shopId),
    enabled: loyalty !== undefined,
  });
}

/** Several shops' programs at once, in the order of `shopIds` (`data` null for a shop without one). */
export function useLoyaltyPrograms(shopIds: readonly bigint[]) {
  const { publicClient } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQueries({
    queries: shopIds.map((shopId) => ({
      ...loyaltyProgramQueryOptions(publicClient, loyalty ?? ABSENT, shopId),
      enabled: loyalty !== undefined,
    })),
  });
}

/**
 * A buyer's stamp cards across shops; disabled without a buyer or the loyalty service. `refetchInterval` (ms) keeps
 * them fresh where a shop may change them meanwhile (a reward redeemed at the counter).
 */
export function useStampCards(buyer: Address | undefined, { refetchInterval }: { refetchInterval?: number } = {}) {
  const { publicClient } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQuery({
    ...stampCardsQueryOptions(publicClient, loyalty ?? ABSENT, buyer ?? zeroAddress),
    enabled: loyalty !== undefined && buyer !== undefined,
    refetchInterval,
  });
}

/** Which of these orders already earned stamps. */
export function useStampedOrders(orderIds: readonly bigint[]) {
  const { publicClient } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQuery({
    ...stampedOrdersQueryOptions(publicClient, loyalty ?? ABSENT, orderIds),
    enabled: loyalty !== undefined && orderIds.length > 0,
  });
}

/** Every registered label issuer; disabled without the labels service. */
export function useLabelIssuers() {
  const { publicClient } = useMarket();
  const labels = useServiceContract("LabelAttestations");
  return useQuery({ ...labelIssuersQueryOptions(publicClient, labels ?? ABSENT), enabled: labels !== undefined });
}

/** Every shop's label attestations, loaded once for the whole contract; disabled without the labels service. */
export function useAllLabels() {
  const { publicClient } = useMarket();
  const labels = useServiceContract("LabelAttestations");
  return useQuery({ ...allLabelsQueryOptions(publicClient, labels ?? ABSENT), enabled: labels !== undefined });
}

/** Every label third parties attested for one shop, valid or not (from the same read as {@link useAllLabels}). */
export function useShopLabels(shopId: bigint) {
  const { publicClient } = useMarket();
  const labels = useServiceContract("LabelAttestations");
  return useQuery({
    ...allLabelsQueryOptions(publicClient, labels ?? ABSENT),
    enabled: labels !== undefined,
    select: (labelsByShop) => labelsByShop.get(shopId) ?? [],
  });
}

/** How many buyers earned at least each of `thresholds` stamps at the shop: counts, nothing about who. */
export function useRegularCounts(shopId: bigint, thresholds: readonly number[]) {
  const { publicClient, deployment } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQuery({
    queryKey: serviceKeys.regulars(deployment.chainId, shopId, thresholds),
    queryFn: () =>
      Promise.all(thresholds.map((minStamps) => getRegularCount(publicClient, loyalty!, { shopId, minStamps }))),
    enabled: loyalty !== undefined && thresholds.length > 0,
  });
}

/** Stamps on one buyer's card at the shop: read only for the code that buyer shows at the counter. */
export function useCardBalance(shopId: bigint, buyer: Address | undefined) {
  const { publicClient, deployment } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useQuery({
    queryKey: serviceKeys.card(deployment.chainId, shopId, buyer ?? zeroAddress),
    queryFn: () => getCardBalance(publicClient, loyalty!, { shopId, buyer: buyer! }),
    enabled: loyalty !== undefined && buyer !== undefined,
  });
}
