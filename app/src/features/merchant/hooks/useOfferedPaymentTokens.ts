import { DEV_TOKEN_SYMBOLS } from "@grandrue/sdk";
import type { Address } from "viem";
import { useTokenInfos } from "../../../currency/useTokenInfo.ts";
import { useMarket } from "../../../market/index.ts";
import { offeredPaymentTokenAddresses, type PaymentToken } from "../lib/acceptance.ts";

/**
 * The tokens a shop's payment form offers (see `offeredPaymentTokenAddresses`), with their symbol, name, decimals
 * and kind from the app's one token-metadata read; undefined until every one of them is read.
 * @example const tokens = useOfferedPaymentTokens(shop.payments.map((payment) => payment.token))
 */
export function useOfferedPaymentTokens(accepted: readonly Address[] = []): PaymentToken[] | undefined {
  const { deployment } = useMarket();
  const devTokens = DEV_TOKEN_SYMBOLS.flatMap((symbol) => deployment.tokens?.[symbol]?.address ?? []);
  const addresses = offeredPaymentTokenAddresses(
    { localCurrency: deployment.contracts.LocalCurrency?.address, devTokens },
    accepted,
  );
  const infos = useTokenInfos(addresses);
  return infos.every((info) => info !== undefined) ? infos : undefined;
}
