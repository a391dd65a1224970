import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { documentQueryOptions, useMarket } from "../../../market/index.ts";
import { type LabelKey, labelKeyOf, useTrustedLabels } from "./useTrustedLabels.ts";

/** A label one can filter the search by: one trusted issuer's slug, named as the issuer's profile names it. */
export type LabelOption = { value: LabelKey; title: string; issuerName: string };

/**
 * The labels held by at least one shop (valid, from trusted issuers), for the search filter, sorted by title.
 * @example const options = useLabelOptions() // [{ value: "0xabc…:monnaie-locale", title: "Monnaie locale", issuerName: "Coopérative d'Aubrelle" }]
 */
export function useLabelOptions(): LabelOption[] {
  const { ipfs } = useMarket();
  const labelsByShop = useTrustedLabels();
  const held = useMemo(
    () => new Map([...(labelsByShop?.values() ?? [])].flat().map((label) => [labelKeyOf(label), label])),
    [labelsByShop],
  );
  const profileCids = [
    ...new Set(
      [...held.values()].flatMap((label) => (label.issuerProfileCid === undefined ? [] : [label.issuerProfileCid])),
    ),
  ];
  const profiles = useQueries({ queries: profileCids.map((cid) => documentQueryOptions(ipfs, "label-issuer", cid)) });
  const titleOf = (cid: string | undefined, slug: string) => {
    const profile = profiles[profileCids.indexOf(cid ?? "")]?.data;
    return profile?.labels.find((label) => label.slug === slug)?.title ?? slug;
  };
  return [...held]
    .map(([value, label]) => ({
      value,
      title: titleOf(label.issuerProfileCid, label.label),
      issuerName: label.issuerName,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
