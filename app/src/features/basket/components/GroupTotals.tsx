import { useTranslation } from "react-i18next";
import { Price } from "../../../components/ui/Price.tsx";
import { CurrencyName } from "../../../currency/CurrencyName.tsx";
import type { BasketGroup } from "../pricing/basketGroups.ts";

/** Subtotal, delivery and total of one shop's order, in its unit, and the currency it is paid in. */
export function GroupTotals({ group }: { group: BasketGroup }) {
  const { t } = useTranslation("orders");
  const { totals, priceUnit } = group;
  if (totals === undefined) {
    return (
      <p className="group-totals__pending muted">
        {group.problems.includes("fee-unknown") ? t("totals.feeAtCheckout") : t("totals.unknown")}
      </p>
    );
  }
  return (
    <dl className="group-totals">
      <div className="group-totals__row">
        <dt>{t("totals.subtotal")}</dt>
        <dd>
          <Price amount={totals.subtotal} currency={priceUnit} />
        </dd>
      </div>
      <div className="group-totals__row">
        <dt>{t("totals.delivery")}</dt>
        <dd>
          <Price amount={totals.deliveryFee} currency={priceUnit} />
        </dd>
      </div>
      <div className="group-totals__row group-totals__row--total">
        <dt>
          {t("totals.total")}
          {group.payment !== undefined && (
            <span className="group-totals__currency">
              {" "}
              {t("totals.paidIn")} <CurrencyName token={group.payment.token} />
            </span>
          )}
        </dt>
        <dd>
          <Price amount={totals.total} currency={priceUnit} />
        </dd>
      </div>
    </dl>
  );
}
