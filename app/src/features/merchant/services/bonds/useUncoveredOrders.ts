import { bondsContract, marketContracts, type OrderDetails, readMarketContract, type ShopBond } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { isAddressEqual } from "viem";
import { serviceKeys, useMarket, useOrders, useServiceContract } from "../../../../market/index.ts";

/**
 * The shop's completed orders whose warranty could start but has not (the bond was not their completion hook): paid
 * in a currency whose bond gives a warranty, accepted by the shop, not yet registered. Oldest first.
 */
export function useUncoveredOrders(shopId: bigint, bonds: readonly ShopBond[]) {
  const { publicClient, deployment } = useMarket();
  const service = useServiceContract("GuaranteeBonds");
  const orders = useOrders({ shopId });
  const candidates = (orders.data ?? []).filter(
    (order) =>
      order.state.status === "Completed" &&
      bonds.some((bond) => bond.warrantyPeriodSeconds > 0 && isAddressEqual(bond.token, order.terms.token)),
  );
  return useQuery({
    queryKey: [
      ...serviceKeys.shopBonds(deployment.chainId, shopId),
      "uncovered",
      candidates.map((order) => order.orderId.toString()).join(),
    ],
    queryFn: async (): Promise<OrderDetails[]> => {
      const checks = await Promise.all(
        candidates.map(async (order) => {
          const [endsAt, facts] = await Promise.all([
            readMarketContract(publicClient, {
              ...bondsContract(service!),
              functionName: "warrantyEndOf",
              args: [order.orderId],
            }),
            readMarketContract(publicClient, {
              ...marketContracts(deployment).escrow,
              functionName: "orderFacts",
              args: [order.orderId],
            }),
          ]);
          return endsAt === 0 && facts.isShopAccepted;
        }),
      );
      return candidates.filter((_, index) => checks[index]).reverse();
    },
    enabled: service !== undefined && orders.data !== undefined,
  });
}
