import { useMemo } from "react";
import { useShopIndex } from "../../../market/shopIndex.ts";
import { type AddressedShop, buildPlaceDirectory, type PlaceDirectory } from "../place/placeDirectory.ts";
import { usePlaceSuggestions } from "./usePlaceSuggestions.ts";

/**
 * The towns and postcodes of the indexed shops' addresses (and the suggested places): what a place typed by name can
 * be. Undefined until the shop index is loaded. Without `isShopIndexUsed` (results come through an indexer, and no
 * name needed the shops' addresses yet) the index is not built and only the suggested places are known.
 */
export function usePlaceDirectory({ isShopIndexUsed }: { isShopIndexUsed: boolean }): PlaceDirectory | undefined {
  const index = useShopIndex({ isEnabled: isShopIndexUsed });
  const suggestions = usePlaceSuggestions();
  return useMemo(() => {
    if (!isShopIndexUsed) return buildPlaceDirectory([], suggestions);
    if (index.data === undefined) return undefined;
    const shops: AddressedShop[] = [];
    for (const { metadata } of index.data.indexer.shops.values()) {
      if (metadata !== undefined) shops.push({ address: metadata.address, location: metadata.location });
    }
    return buildPlaceDirectory(shops, suggestions);
  }, [isShopIndexUsed, index.data, suggestions]);
}
