import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useShopBonds } from "../../../../market/index.ts";
import { CompletionHookChoice } from "../hook/CompletionHookChoice.tsx";
import { BondCard } from "./BondCard.tsx";
import { UncoveredOrders } from "./UncoveredOrders.tsx";

/** Every currency the shop accepts, and any it has a bond in: a bond covers only orders paid in its currency. */
export function bondTokens(shop: Pick<IndexedShop, "payments">, bonds: readonly Pick<ShopBond, "token">[]): Address[] {
  const tokens: Address[] = shop.payments.map((payment) => payment.token);
  for (const { token } of bonds) if (!tokens.some((known) => isAddressEqual(known, token))) tokens.push(token);
  return tokens;
}

/** The guarantee bond part of the Services tab: what it is, automatic warranties, and one bond per currency. */
export function BondsPanel({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const bonds = useShopBonds(shop.shopId);
  return (
    <Card title={t("services.bonds.title")}>
      <p>{t("services.bonds.intro")}</p>
      {bonds.isPending && <Spinner label={t("services.loading")} />}
      {bonds.isError && <Banner tone="error">{t("services.readError")}</Banner>}
      {bonds.data !== undefined &&
        bondTokens(shop, bonds.data).map((token) => (
          <BondCard
            key={token}
            shop={shop}
            token={token}
            bond={bonds.data.find((bond) => isAddressEqual(bond.token, token))}
          />
        ))}
      <CompletionHookChoice shop={shop} service="bonds" />
      <UncoveredOrders shop={shop} bonds={bonds.data ?? []} />
    </Card>
  );
}
