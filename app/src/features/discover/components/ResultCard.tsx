import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Distance } from "../../../components/ui/Distance.tsx";
import { Stars } from "../../../components/ui/Stars.tsx";
import { AttestedLabelList } from "../../services-shopper/index.ts";
import { FulfilmentSummary, OpeningStatusText, PaymentSummary, ShopProblem, TagList } from "../../shops/index.ts";
import type { FindResult } from "../results/findResults.ts";
import { MatchedItems } from "./MatchedItems.tsx";

/** One shop found: name, distance, open now, rating, labels, how to pay and receive, matching items, and any problem. */
export function ResultCard({ result, rank }: { result: FindResult; rank: number }) {
  const { t } = useTranslation("shops");
  const { shop, indexed, distanceMetres, isFarther } = result;
  const metadata = indexed.metadata;
  const name = metadata?.name ?? t("shop.unnamed", { id: shop.shopId.toString() });
  return (
    <article className="result-card" aria-labelledby={`result-${shop.shopId}`}>
      <header className="result-card__header">
        <h3 className="result-card__title" id={`result-${shop.shopId}`}>
          <span className="result-card__rank" aria-hidden="true">
            {rank}
          </span>
          <Link href={`~/shops/${shop.shopId}`} className="result-card__link">
            {name}
          </Link>
        </h3>
        <p className="result-card__where">
          {distanceMetres !== undefined && <Distance metres={distanceMetres} />}
          {isFarther && <Badge tone="warning">{t("results.farther")}</Badge>}
        </p>
      </header>
      {metadata !== undefined && (
        <p className="result-card__status">
          <OpeningStatusText hours={metadata.openingHours} />
          <span aria-hidden="true"> · </span>
          <Stars rating={shop.rating?.average ?? 0} count={shop.rating?.count ?? 0} />
        </p>
      )}
      <TagList kind="label" tags={shop.labels} label={t("shop.labels")} />
      <AttestedLabelList shopId={shop.shopId} />
      {metadata !== undefined && (
        <dl className="result-card__facts">
          <div>
            <dt>{t("results.pay")}</dt>
            <dd>
              <PaymentSummary payments={indexed.payments} />
            </dd>
          </div>
          <div>
            <dt>{t("results.receive")}</dt>
            <dd>
              <FulfilmentSummary pickup={shop.pickup} delivery={shop.delivery} />
            </dd>
          </div>
        </dl>
      )}
      <MatchedItems result={result} />
      <ShopProblem status={indexed.status} reason={indexed.statusReason} isCompact />
    </article>
  );
}
