import type { IndexedShop } from "@grandrue/sdk";
import type { Address } from "viem";
import { AmountText, amountInWords } from "../../components/orders/AmountText.tsx";

const amountsOf = (token: Address, amount: bigint) => new Map([[token.toLowerCase() as Address, amount]]);

/** An amount of one bond, in the shop's own unit ("500,00 €"). */
export function BondAmount({ shop, token, amount }: { shop: IndexedShop; token: Address; amount: bigint }) {
  return <AmountText amounts={amountsOf(token, amount)} shop={shop} />;
}

/** The same as plain text, for transaction dialogs. */
export function bondAmountInWords(shop: IndexedShop, token: Address, amount: bigint, language: string): string {
  return amountInWords(amountsOf(token, amount), shop, language);
}
