import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Price } from "../../../components/ui/Price.tsx";
import { lowestPrice } from "../../shops/index.ts";
import { type FindResult, matchedItemsOf } from "../results/findResults.ts";

/** How many matching items a result card lists before "and N more". */
const SHOWN_ITEMS = 3;

/** The items of a shop that match the need, best first, each linked to its page with its price. */
export function MatchedItems({ result }: { result: FindResult }) {
  const { t } = useTranslation("shops");
  const items = matchedItemsOf(result);
  const priceUnit = result.indexed.catalog?.priceUnit;
  if (items.length === 0 || priceUnit === undefined) return null;
  const shopId = result.shop.shopId;
  return (
    <div className="matched-items">
      <p className="matched-items__title">{t("results.matchingItems", { count: items.length })}</p>
      <ul className="matched-items__list">
        {items.slice(0, SHOWN_ITEMS).map((item) => {
          const { amount, isFrom } = lowestPrice(item, priceUnit);
          return (
            <li key={item.id}>
              <Link href={`~/shops/${shopId}/items/${encodeURIComponent(item.id)}`}>{item.title}</Link>{" "}
              <span className="matched-items__price">
                {isFrom && `${t("catalog.from")} `}
                <Price amount={amount} currency={priceUnit} size="small" />
              </span>
            </li>
          );
        })}
      </ul>
      {items.length > SHOWN_ITEMS && (
        <p>
          <Link href={`~/shops/${shopId}`}>{t("results.moreItems", { count: items.length - SHOWN_ITEMS })}</Link>
        </p>
      )}
    </div>
  );
}
