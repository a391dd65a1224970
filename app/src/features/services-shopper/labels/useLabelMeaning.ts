import type { ShopLabel } from "@grandrue/sdk";
import { useDocument } from "../../../market/index.ts";

/** What a label means, from its issuer's profile: the slug itself until (or unless) the profile says more. */
export type LabelMeaning = { title: string; description: string | undefined };

/**
 * The title and description the issuer's 'label-issuer' profile gives a label slug; falls back to the slug when the
 * profile is missing, unreadable or silent about it.
 * @example const { title } = useLabelMeaning(label) // "Monnaie locale acceptée"
 */
export function useLabelMeaning(label: Pick<ShopLabel, "label" | "issuerProfileCid">): LabelMeaning {
  const { data: profile } = useDocument("label-issuer", label.issuerProfileCid);
  const issued = profile?.labels.find((candidate) => candidate.slug === label.label);
  return { title: issued?.title ?? label.label, description: issued?.description || undefined };
}
