import type { SearchFulfilment } from "@grandrue/sdk";
import type { Place } from "../../../place/types.ts";
import { placeAddressParams } from "../place/placeInAddress.ts";

/**
 * What the find page searches for, as kept in its address (`/?q=pain&category=bakery&label=organic&fulfilment=pickup`,
 * beside the place searched from: `near=…&at=…`).
 * `label` is a shop's own label; `certified` a label awarded by a third-party issuer (`issuer:slug`).
 */
export type FindParams = {
  need: string;
  category?: string;
  label?: string;
  certified?: string;
  fulfilment?: SearchFulfilment;
};

const FULFILMENTS: ReadonlySet<string> = new Set<SearchFulfilment>(["pickup", "delivery"]);

/**
 * Reads the find page's address query; unknown or empty values are left out.
 * @example parseFindParams("q=pain+au+levain&fulfilment=pickup") // { need: "pain au levain", fulfilment: "pickup" }
 */
export function parseFindParams(search: string): FindParams {
  const params = new URLSearchParams(search);
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const fulfilment = value("fulfilment");
  return {
    need: value("q") ?? "",
    ...(value("category") !== undefined && { category: value("category") }),
    ...(value("label") !== undefined && { label: value("label") }),
    ...(value("certified") !== undefined && { certified: value("certified") }),
    ...(fulfilment !== undefined && FULFILMENTS.has(fulfilment) && { fulfilment: fulfilment as SearchFulfilment }),
  };
}

/**
 * The address of the find page for these parameters and the place searched from (see `placeAddressParams`), "/"
 * when there are none: a reload or a shared link finds the same shops around the same place.
 * @example findPath({ need: "vélo", fulfilment: "delivery" }) // "/?q=v%C3%A9lo&fulfilment=delivery"
 */
export function findPath({ need, category, label, certified, fulfilment }: FindParams, place?: Place): string {
  const params = new URLSearchParams();
  if (need.trim() !== "") params.set("q", need.trim());
  if (category !== undefined) params.set("category", category);
  if (label !== undefined) params.set("label", label);
  if (certified !== undefined) params.set("certified", certified);
  if (fulfilment !== undefined) params.set("fulfilment", fulfilment);
  for (const [name, value] of place === undefined ? [] : placeAddressParams(place)) params.set(name, value);
  const query = params.toString();
  return query === "" ? "/" : `/?${query}`;
}
