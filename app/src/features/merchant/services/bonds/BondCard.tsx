import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { Card } from "../../../../components/ui/Card.tsx";
import { useTokenInfo } from "../../../../currency/useTokenInfo.ts";
import { AnnounceForm } from "./AnnounceForm.tsx";
import { BondClaims } from "./BondClaims.tsx";
import { BondFigures } from "./BondFigures.tsx";
import { DepositForm } from "./DepositForm.tsx";
import { WarrantyForm } from "./WarrantyForm.tsx";

const EMPTY_BOND: Omit<ShopBond, "token"> = {
  balance: 0n,
  locked: 0n,
  free: 0n,
  announcedAmount: 0n,
  withdrawableAt: undefined,
  warrantyPeriodSeconds: 0,
  claims: [],
  history: [],
};

/** The shop's bond in one currency: its figures, the warranty it gives, and topping up or withdrawing. */
export function BondCard({ shop, token, bond }: { shop: IndexedShop; token: Address; bond: ShopBond | undefined }) {
  const { t } = useTranslation("merchant");
  const tokenName = useTokenInfo(token).data?.symbol ?? "…";
  const rate = shop.payments.find((payment) => isAddressEqual(payment.token, token))?.rate;
  const current = { ...EMPTY_BOND, ...bond, token };
  return (
    <Card
      as="article"
      headingLevel={3}
      title={t("services.bonds.inToken", { token: tokenName })}
      className="services-bond"
    >
      <BondFigures shop={shop} bond={current} />
      <WarrantyForm shop={shop} bond={current} tokenName={tokenName} />
      {rate === undefined ? (
        <p className="muted">{t("services.bonds.notAccepted")}</p>
      ) : (
        <div className="services-bond__forms">
          <DepositForm shop={shop} token={token} rate={rate} tokenName={tokenName} />
          {current.balance > 0n && <AnnounceForm shop={shop} bond={current} rate={rate} />}
        </div>
      )}
      <BondClaims shop={shop} token={token} claims={current.claims} />
    </Card>
  );
}
