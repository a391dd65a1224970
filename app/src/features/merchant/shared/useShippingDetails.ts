import type { EncryptionKeyPair } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { zeroHash } from "viem";
import { useMarket } from "../../../market/index.ts";
import { openShippingDetails, type SealedOrder } from "./shippingDetails.ts";

/**
 * An order's shipping details decrypted with `keys` (the shop's or the carrier's), once the key is unlocked.
 * Orders without shipping details (pickup) have none; a failure (wrong key, altered envelope) is `error`.
 */
export function useShippingDetails(
  order: (SealedOrder & { orderId: bigint }) | undefined,
  keys: EncryptionKeyPair | undefined,
) {
  const { ipfs, deployment } = useMarket();
  const hasShipping = order !== undefined && order.shippingDigest !== zeroHash;
  return useQuery({
    queryKey: ["shippingDetails", deployment.chainId, order?.orderId.toString(), keys?.publicKey],
    queryFn: () => openShippingDetails(ipfs, deployment.chainId, order!, keys!.secretKey),
    enabled: hasShipping && keys !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
