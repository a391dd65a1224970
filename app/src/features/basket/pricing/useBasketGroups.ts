import { useMemo } from "react";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { useCarriers, useShopIndex } from "../../../market/index.ts";
import { usePlace } from "../../../place/usePlace.ts";
import { useBasket } from "../index.ts";
import { type BasketGroup, basketGroups } from "./basketGroups.ts";

export type UseBasketGroupsResult = {
  groups: BasketGroup[];
  /** The shop index or the carriers are still loading for the first time. */
  isLoading: boolean;
  /** The RPC endpoint or the gateways failed (the queries keep retrying). */
  error: Error | null;
};

/**
 * The basket shop by shop, priced from the shops' current catalogs, with delivery and payment options.
 * @param zones Fee labels the shopper chose per shop id for a carrier while their place is unknown (checkout).
 * @example const { groups, isLoading } = useBasketGroups()
 */
export function useBasketGroups(zones?: Readonly<Record<string, string>>): UseBasketGroupsResult {
  const { lines, choices } = useBasket();
  const index = useShopIndex();
  const carriers = useCarriers();
  const [place] = usePlace();
  const groups = useMemo(() => {
    const shopOf = (shopId: string) => {
      const id = parseIdParam(shopId);
      return id === undefined ? undefined : index.data?.indexer.shop(id);
    };
    return basketGroups(lines, choices, shopOf, { carriers: carriers.data, place, zones });
  }, [lines, choices, index.data, carriers.data, place, zones]);
  return { groups, isLoading: index.isLoading || carriers.isLoading, error: index.error ?? carriers.error };
}
