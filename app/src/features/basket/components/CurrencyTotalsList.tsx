import { useTranslation } from "react-i18next";
import { Price } from "../../../components/ui/Price.tsx";
import { CurrencyName } from "../../../currency/CurrencyName.tsx";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import type { CurrencyTotal } from "../pricing/currencyTotals.ts";

/** What the basket comes to in each payment currency: goods, delivery, total, and the amount the wallet will show. */
export function CurrencyTotalsList({ totals }: { totals: readonly CurrencyTotal[] }) {
  const { t } = useTranslation("orders");
  return (
    <ul className="currency-totals">
      {totals.map((total) => (
        <li key={`${total.token}/${total.priceUnit}`} className="currency-totals__item">
          <p className="currency-totals__title">
            {t("totals.inCurrency", { count: total.shopCount })} <CurrencyName token={total.token} />
          </p>
          <dl className="group-totals">
            <div className="group-totals__row">
              <dt>{t("totals.subtotal")}</dt>
              <dd>
                <Price amount={total.subtotal} currency={total.priceUnit} />
              </dd>
            </div>
            <div className="group-totals__row">
              <dt>{t("totals.delivery")}</dt>
              <dd>
                <Price amount={total.deliveryFee} currency={total.priceUnit} />
              </dd>
            </div>
            <div className="group-totals__row group-totals__row--total">
              <dt>{t("totals.total")}</dt>
              <dd>
                <Price amount={total.total} currency={total.priceUnit} size="large" />
                <span className="currency-totals__tokens">
                  <TokenAmount token={total.token} amount={total.tokenAmount} />
                </span>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
