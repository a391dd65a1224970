import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { LOCAL_CHAIN_ID } from "../../../config/appConfig.ts";
import { shortHex } from "../../../lib/format.ts";
import { useMarketContext } from "../../../market/MarketContext.tsx";
import { type DemoAccount, demoAccounts } from "../demoAccounts.ts";

/** The demo account at `address` on the local chain, if any. */
export function findDemoAccount(address: Address): DemoAccount | undefined {
  return demoAccounts().find((account) => account.address.toLowerCase() === address.toLowerCase());
}

/**
 * How to name the connected account to its owner: the demo person's name and role on the local chain ("Camille ·
 * buys"), which says what the account is for in the demo, otherwise the short address ("0x7099…79C8").
 */
export function useAccountName(address: Address | undefined): string | undefined {
  const { t } = useTranslation();
  const demo = useDemoAccount(address);
  if (address === undefined) return undefined;
  return demo === undefined ? shortHex(address) : demoAccountLabel(demo, t);
}

/**
 * How to name someone else's account (a buyer, a reviewer, a payout): the demo person's name alone on the local chain
 * ("Camille"), since their demo role is nothing the reader needs, otherwise the short address ("0x7099…79C8").
 */
export function usePersonName(address: Address | undefined): string | undefined {
  const { t } = useTranslation();
  const demo = useDemoAccount(address);
  if (address === undefined) return undefined;
  if (demo === undefined) return shortHex(address);
  return demo.name ?? t("wallet.testAccount", { index: demo.index });
}

function useDemoAccount(address: Address | undefined): DemoAccount | undefined {
  const { config } = useMarketContext();
  return address !== undefined && config.chainId === LOCAL_CHAIN_ID ? findDemoAccount(address) : undefined;
}

/** "Camille · buys", or "Test account 4" for a demo account without a name. */
export function demoAccountLabel(account: DemoAccount, t: TFunction): string {
  if (account.name === undefined) return t("wallet.testAccount", { index: account.index });
  return account.role === undefined
    ? account.name
    : t("wallet.namedAccount", { name: account.name, role: t(`wallet.roles.${account.role}`) });
}
