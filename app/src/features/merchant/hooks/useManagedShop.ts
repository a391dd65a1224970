import { marketContracts, readMarketContract } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { useIndexedShop, useMarket } from "../../../market/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";

/**
 * A shop of the back office: its indexed record and documents, and whether the connected account manages it
 * (owner or approved operator, as the registry says).
 */
export function useManagedShop(shopId: bigint) {
  const { publicClient, deployment } = useMarket();
  const { address } = useWalletStatus();
  const indexed = useIndexedShop(shopId);
  const management = useQuery({
    queryKey: ["shopManager", deployment.chainId, shopId.toString(), address],
    queryFn: () =>
      readMarketContract(publicClient, {
        ...marketContracts(deployment).registry,
        functionName: "isShopManager",
        args: [shopId, address!],
      }),
    enabled: address !== undefined,
  });
  return { ...indexed, isManager: management.data === true, isCheckingManager: management.isLoading };
}
