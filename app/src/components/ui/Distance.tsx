import { useTranslation } from "react-i18next";
import { formatDistance } from "../../lib/format.ts";

export type DistanceProps = { metres: number; className?: string };

/**
 * How far a shop is, in the reader's language ("350 m", "1,2 km"), announced as "1.2 km away" (an `aria-label` on a
 * plain span would be ignored by screen readers).
 */
export function Distance({ metres, className }: DistanceProps) {
  const { t, i18n } = useTranslation();
  const distance = formatDistance(metres, i18n.language);
  return (
    <span className={className ?? "distance"}>
      <span aria-hidden="true">{distance}</span>
      <span className="visually-hidden">{t("distance.away", { distance })}</span>
    </span>
  );
}
