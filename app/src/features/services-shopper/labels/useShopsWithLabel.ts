import { useMemo } from "react";
import { labelKeyOf, useTrustedLabels } from "./useTrustedLabels.ts";

/**
 * The ids of the shops holding a label (`issuer:slug`) valid from a trusted issuer; `undefined` without a label, or
 * while the labels load (the search then shows every shop rather than none).
 * @example const holders = useShopsWithLabel(params.certified); results.filter((r) => holders?.has(r.shop.shopId) ?? true)
 */
export function useShopsWithLabel(key: string | undefined): ReadonlySet<bigint> | undefined {
  const labelsByShop = useTrustedLabels();
  return useMemo(() => {
    if (key === undefined || labelsByShop === undefined) return undefined;
    return new Set(
      [...labelsByShop]
        .filter(([, labels]) => labels.some((label) => labelKeyOf(label) === key))
        .map(([shopId]) => shopId),
    );
  }, [key, labelsByShop]);
}
