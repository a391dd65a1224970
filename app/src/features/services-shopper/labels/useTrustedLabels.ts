import type { ShopLabel } from "@grandrue/sdk";
import { useMemo } from "react";
import { useAllLabels } from "../../../market/index.ts";
import { isTrusted } from "./trustedIssuers.ts";
import { useTrustChoice } from "./useTrustChoice.ts";

/** A label as the shopper picks it in search: one issuer's slug. */
export type LabelKey = `${string}:${string}`;

/** The key of a label attestation: its issuer and slug ("0xabc…:organic"). */
export const labelKeyOf = (label: Pick<ShopLabel, "issuer" | "label">): LabelKey =>
  `${label.issuer.toLowerCase()}:${label.label}`;

/**
 * Every shop's VALID labels from the issuers the shopper trusts (all of them until they choose), from one read of the
 * whole contract. Expired and revoked attestations never come out of here. `undefined` while loading or without the
 * labels service.
 * @example const labelsByShop = useTrustedLabels(); labelsByShop?.get(shopId)
 */
export function useTrustedLabels(): ReadonlyMap<bigint, ShopLabel[]> | undefined {
  const { data } = useAllLabels();
  const [choice] = useTrustChoice();
  return useMemo(() => {
    if (data === undefined) return undefined;
    const trusted = new Map<bigint, ShopLabel[]>();
    for (const [shopId, labels] of data) {
      const shown = labels.filter((label) => label.isValid && isTrusted(choice, label.issuer));
      if (shown.length > 0) trusted.set(shopId, dedupe(shown));
    }
    return trusted;
  }, [data, choice]);
}

/** An issuer that renewed a label has two valid attestations: keep the latest. */
function dedupe(labels: ShopLabel[]): ShopLabel[] {
  return [...new Map(labels.map((label) => [labelKeyOf(label), label])).values()];
}
