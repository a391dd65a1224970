import type { TFunction } from "i18next";
import { warrantyParts } from "../lib/warrantyPeriod.ts";

/** A warranty period in words: "2 ans", "18 mois", or "aucune garantie" for 0. */
export function warrantyText(seconds: number, t: TFunction): string {
  if (seconds === 0) return t("merchant:services.bonds.warranty.none");
  const { count, unit } = warrantyParts(seconds);
  return t(`merchant:services.bonds.warranty.${unit}`, { count });
}
