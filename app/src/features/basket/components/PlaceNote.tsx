import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Place } from "../../../place/types.ts";

/** Where delivery fees are measured from: the place chosen in Find, or how to choose one. */
export function PlaceNote({ place }: { place: Place | undefined }) {
  const { t } = useTranslation("orders");
  return (
    <p className="basket-place muted">
      {place === undefined ? t("basket.place.none") : t("basket.place.from", { place: place.label })}{" "}
      <Link href="~/">{place === undefined ? t("basket.place.choose") : t("basket.place.change")}</Link>
    </p>
  );
}
