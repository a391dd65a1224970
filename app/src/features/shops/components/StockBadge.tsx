import { useTranslation } from "react-i18next";
import { Badge } from "../../../components/ui/Badge.tsx";
import { stockLevel } from "../catalog/stockLevel.ts";

/** "Plus que 3" or "Épuisé" when the shop counts its stock and little or none is left; nothing otherwise. */
export function StockBadge({ stock }: { stock: number | undefined }) {
  const { t } = useTranslation("shops");
  const level = stockLevel(stock);
  if (level === undefined) return null;
  return level.level === "sold-out" ? (
    <Badge tone="danger">{t("catalog.soldOut")}</Badge>
  ) : (
    <Badge tone="warning">{t("catalog.fewLeft", { count: level.count })}</Badge>
  );
}
