import { isAddressEqual } from "viem";
import { useCarriers, useShopIndex } from "../../../market/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";
import type { InboxParty } from "../model/inboxEntries.ts";

/**
 * Who the connected account is in the marketplace: always a shopper, plus each shop it owns and, when registered,
 * a carrier. Undefined while no wallet is connected or the shops are still loading.
 */
export function useInboxParties(): { account: `0x${string}`; parties: InboxParty[] } | undefined {
  const { address } = useWalletStatus();
  const index = useShopIndex();
  const carriers = useCarriers();
  if (address === undefined || index.data === undefined) return undefined;
  const shops = [...index.data.indexer.shops.values()].filter((shop) => isAddressEqual(shop.owner, address));
  const isCarrier = [...(carriers.data?.keys() ?? [])].some((carrier) => isAddressEqual(carrier, address));
  return {
    account: address,
    parties: [
      { role: "buyer", key: `buyer:${address.toLowerCase()}`, buyer: address },
      ...shops.map((shop) => ({ role: "shop" as const, key: `shop:${shop.shopId}`, shopId: shop.shopId })),
      ...(isCarrier ? [{ role: "carrier" as const, key: `carrier:${address.toLowerCase()}`, carrier: address }] : []),
    ],
  };
}
