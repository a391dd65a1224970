import type { IndexedShop } from "@grandrue/sdk";
import { Price } from "../../../../components/ui/Price.tsx";
import { TokenAmount } from "../../../../currency/TokenAmount.tsx";
import { amountsInPriceUnit, type TokenAmounts } from "../../lib/shopMoney.ts";

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
  const priceUnit = shop.metadata?.priceUnit ?? "EUR";
  const { price, unconverted } = amountsInPriceUnit(amounts, shop.payments, priceUnit);
  return (
    <span className="amount-text">
      <Price amount={price} currency={priceUnit} size={size} />
      {unconverted.map(({ token, amount }) => (
        <span key={token}>
          {" + "}
          <TokenAmount token={token} amount={amount} />
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
