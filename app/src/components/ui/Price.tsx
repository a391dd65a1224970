import { useTranslation } from "react-i18next";
import { formatPrice } from "../../lib/format.ts";
import { classNames } from "./classNames.ts";

export type PriceProps = {
  /** Decimal string as in the catalog: "3.20". */
  amount: string;
  /** ISO 4217 code of the shop's price unit: "EUR", "CHF". */
  currency: string;
  /** Per-unit suffix already translated, e.g. "/ kg". */
  unit?: string;
  size?: "small" | "medium" | "large";
  className?: string;
};

/** A price in the shop's currency, formatted for the reader's language ("3,20 €" in French, "€3.20" in English). */
export function Price({ amount, currency, unit, size = "medium", className }: PriceProps) {
  const { i18n } = useTranslation();
  return (
    <span className={classNames("price", `price--${size}`, className)}>
      <data value={amount}>{formatPrice(amount, currency, i18n.language)}</data>
      {unit !== undefined && <span className="price__unit"> {unit}</span>}
    </span>
  );
}
