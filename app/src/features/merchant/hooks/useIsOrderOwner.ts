import { marketContracts, type OrderDetails, readMarketContract } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { useMarket } from "../../../market/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";

/**
 * Whether the connected account speaks for an order's money: the shop's owner when the order was paid, or its operator
 * while it still owns the shop (the registry's `isOrderManager`). After a shop is sold, its new owner runs the shop
 * but cannot settle the old owner's orders. `undefined` while reading.
 */
export function useIsOrderOwner(order: OrderDetails): boolean | undefined {
  const { publicClient, deployment } = useMarket();
  const { address } = useWalletStatus();
  const { terms, state } = order;
  const owner = useQuery({
    queryKey: ["orderManager", deployment.chainId, terms.shopId.toString(), state.paidAt, address],
    queryFn: () =>
      readMarketContract(publicClient, {
        ...marketContracts(deployment).registry,
        functionName: "isOrderManager",
        args: [terms.shopId, address!, BigInt(state.paidAt)],
      }),
    enabled: address !== undefined,
  });
  return owner.data;
}
