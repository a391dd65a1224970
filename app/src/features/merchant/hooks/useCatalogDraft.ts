import type { CatalogItem, IndexedShop } from "@grandrue/sdk";
import { useEffect, useState } from "react";
import { useMarket } from "../../../market/index.ts";
import { isSameItemList } from "../lib/catalogItems.ts";

type StoredDraft = { baseCatalogCid: string | null; items: CatalogItem[] };

function draftKey(chainId: number, shopId: bigint): string {
  return `grandrue.catalogDraft.${chainId}.${shopId}`;
}

function readDraft(key: string): StoredDraft | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as StoredDraft);
  } catch {
    return undefined;
  }
}

/**
 * The catalog being edited: the published items at first, then every change kept in this browser (localStorage)
 * until it is published, so closing the tab or a failed publication loses nothing typed.
 */
export function useCatalogDraft(shop: IndexedShop) {
  const { deployment } = useMarket();
  const key = draftKey(deployment.chainId, shop.shopId);
  const published = shop.catalog?.items ?? [];
  const [items, setItems] = useState<CatalogItem[]>(() => readDraft(key)?.items ?? published);
  const isChanged = !isSameItemList(items, published);

  useEffect(() => {
    if (isChanged)
      localStorage.setItem(
        key,
        JSON.stringify({ baseCatalogCid: shop.catalogCid ?? null, items } satisfies StoredDraft),
      );
    else localStorage.removeItem(key);
  }, [key, items, isChanged, shop.catalogCid]);

  return {
    items,
    setItems,
    isChanged,
    /** Drops the draft and goes back to the published catalog. */
    discard: () => setItems(published),
  };
}
