import { useMemo } from "react";
import { useShopIndex } from "../../../market/shopIndex.ts";
import { type AddressedShop, buildPlaceDirectory, type PlaceDirectory } from "../place/placeDirectory.ts";
import { usePlaceSuggestions } from "./usePlaceSuggestions.ts";

/**
 * The towns and postcodes of the indexed shops' addresses (and the suggested places): what a place typed by name can
 * be. Undefined until the shop index is loaded.
 */
export function usePlaceDirectory(): PlaceDirectory | undefined {
  const index = useShopIndex();
  const suggestions = usePlaceSuggestions();
  return useMemo(() => {
    if (index.data === undefined) return undefined;
    const shops: AddressedShop[] = [];
    for (const { metadata } of index.data.indexer.shops.values()) {
      if (metadata !== undefined) shops.push({ address: metadata.address, location: metadata.location });
    }
    return buildPlaceDirectory(shops, suggestions);
  }, [index.data, suggestions]);
}
