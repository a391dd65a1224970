import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatUnits } from "viem";
import { Price } from "../../../../components/ui/Price.tsx";
import { amountsInPriceUnit, type TokenAmounts } from "../../lib/shopMoney.ts";
import { useTokenSymbols } from "../../shared/useTokenSymbols.ts";

/** Token amounts in the shop's own unit ("12,40 €"), with any token it no longer accepts shown apart. */
export function AmountText({
  amounts,
  shop,
  size = "medium",
}: {
  amounts: TokenAmounts;
  shop: IndexedShop;
  size?: "small" | "medium" | "large";
}) {
  const { i18n } = useTranslation();
  const priceUnit = shop.metadata?.priceUnit ?? "EUR";
  const { price, unconverted } = amountsInPriceUnit(amounts, shop.payments, priceUnit);
  const symbols = useTokenSymbols(unconverted.map(({ token }) => token));
  return (
    <span className="amount-text">
      <Price amount={price} currency={priceUnit} size={size} />
      {unconverted.map(({ token, amount }) => (
        <span key={token}>
          {" + "}
          {new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 6 }).format(Number(formatUnits(amount, 18)))}{" "}
          {symbols.get(token)}
        </span>
      ))}
    </span>
  );
}

/** The same amount as plain text, for transaction dialogs. */
export function amountInWords(amounts: TokenAmounts, shop: IndexedShop, language: string): string {
  const priceUnit = shop.metadata?.priceUnit ?? "EUR";
  const { price } = amountsInPriceUnit(amounts, shop.payments, priceUnit);
  return new Intl.NumberFormat(language, { style: "currency", currency: priceUnit }).format(price as `${number}`);
}
