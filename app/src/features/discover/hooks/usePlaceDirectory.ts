import { useMemo } from "react";
import { DEMO_PLACES } from "../../../../../scripts/lib/demo-town/town.ts";
import { LOCAL_CHAIN_ID } from "../../../config/appConfig.ts";
import { useShopIndex } from "../../../market/shopIndex.ts";
import { useMarket } from "../../../market/useMarket.ts";
import { type AddressedShop, buildPlaceDirectory, type PlaceDirectory } from "../place/placeDirectory.ts";

/** The demo town's places to search from, offered on the local development chain only. */
export function useDemoPlaces(): readonly { name: string; location: { lat: number; lon: number } }[] {
  return useMarket().config.chainId === LOCAL_CHAIN_ID ? DEMO_PLACES : [];
}

/**
 * The towns and postcodes of the indexed shops' addresses (and the demo places on the local chain): what a place
 * typed by name can be. Undefined until the shop index is loaded.
 */
export function usePlaceDirectory(): PlaceDirectory | undefined {
  const index = useShopIndex();
  const demoPlaces = useDemoPlaces();
  return useMemo(() => {
    if (index.data === undefined) return undefined;
    const shops: AddressedShop[] = [];
    for (const { metadata } of index.data.indexer.shops.values()) {
      if (metadata !== undefined) shops.push({ address: metadata.address, location: metadata.location });
    }
    return buildPlaceDirectory(shops, demoPlaces);
  }, [index.data, demoPlaces]);
}
