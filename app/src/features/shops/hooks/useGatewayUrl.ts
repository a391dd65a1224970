import { gatewayUrlFor } from "@grandrue/sdk";
import { useCallback } from "react";
import { useMarketContext } from "../../../market/MarketContext.tsx";

/**
 * The address of a CID on the app's first IPFS gateway, for `<img src>`: images only ever come from there.
 * @example const imageUrl = useGatewayUrl(); <img src={imageUrl(item.images[0])} alt="" />
 */
export function useGatewayUrl(): (cid: string) => string | undefined {
  const gateway = useMarketContext().config.ipfsGateways[0];
  return useCallback(
    (cid: string) => {
      if (gateway === undefined) return undefined;
      try {
        return gatewayUrlFor(gateway, cid);
      } catch {
        return undefined;
      }
    },
    [gateway],
  );
}
