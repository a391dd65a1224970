import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { formatTokenAmount } from "./formatTokenAmount.ts";
import { useTokenInfo } from "./useTokenInfo.ts";

/** An amount in a token's base units, as the wallet will show it ("15,90 LEM"); nothing until the token is read. */
export function TokenAmount({ token, amount }: { token: Address; amount: bigint }) {
  const { i18n } = useTranslation();
  const { data: info } = useTokenInfo(token);
  if (info === undefined) return null;
  return <span className="token-amount">{formatTokenAmount(amount, info, i18n.language)}</span>;
}
