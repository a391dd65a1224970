import type { ShopStatus } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";

export type ShopProblemProps = { status: ShopStatus; reason?: string; isCompact?: boolean };

/**
 * Why part of a shop cannot be shown (its description or catalog could not be read, or it is closed to orders), in
 * plain words, with the technical reason folded away. Renders nothing for a shop without a problem.
 */
export function ShopProblem({ status, reason, isCompact = false }: ShopProblemProps) {
  const { t } = useTranslation("shops");
  if (status === "ok") return null;
  const details =
    reason === undefined ? undefined : (
      <details className="shop-problem__details">
        <summary>{t("problem.details")}</summary>
        <p>{reason}</p>
      </details>
    );
  if (isCompact) {
    return (
      <div className="shop-problem shop-problem--compact">
        <p>{t(`problem.${status}`)}</p>
        {details}
      </div>
    );
  }
  return (
    <Banner tone="warning" title={t(`problem.${status}`)} className="shop-problem">
      <p>{t(`problem.${status}Help`)}</p>
      {details}
    </Banner>
  );
}
