import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { useChainNow } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import { withdrawalState } from "../lib/bondWithdrawal.ts";
import announceTransaction from "../transactions/announceBondWithdrawal.ts";
import withdrawTransaction from "../transactions/withdrawBond.ts";
import { BondAmount, bondAmountInWords } from "./BondAmount.tsx";
import { warrantyText } from "./warrantyText.ts";

/** A bond's figures (held, locked by claims, free, warranty) and its announced withdrawal, with what can be done now. */
export function BondFigures({ shop, bond }: { shop: IndexedShop; bond: ShopBond }) {
  const { t, i18n } = useTranslation("merchant");
  const now = useChainNow();
  const withdrawing = useTransaction(withdrawTransaction);
  const cancelling = useTransaction(announceTransaction);
  const withdrawal = now === undefined ? { kind: "none" as const } : withdrawalState(bond, now);
  const amount = (value: bigint) => <BondAmount shop={shop} token={bond.token} amount={value} />;
  return (
    <>
      <dl className="services-facts">
        <dt>{t("services.bonds.balance")}</dt>
        <dd>{amount(bond.balance)}</dd>
        <dt>{t("services.bonds.locked")}</dt>
        <dd>{amount(bond.locked)}</dd>
        <dt>{t("services.bonds.free")}</dt>
        <dd>{amount(bond.free)}</dd>
        <dt>{t("services.bonds.warranty.label")}</dt>
        <dd>{warrantyText(bond.warrantyPeriodSeconds, t)}</dd>
      </dl>
      {withdrawal.kind !== "none" && (
        <div className="services-withdrawal">
          <p>
            {t(`services.bonds.withdrawal.${withdrawal.kind}`, {
              amount: bondAmountInWords(shop, bond.token, withdrawal.amount, i18n.language),
              from: dateTimeInWords(withdrawal.withdrawableAt, i18n.language),
              until: dateTimeInWords(withdrawal.closesAt, i18n.language),
            })}
          </p>
          <div className="services-actions">
            {withdrawal.kind === "open" && (
              <Button
                variant="primary"
                onClick={() =>
                  withdrawing.open({
                    shopId: shop.shopId,
                    token: bond.token,
                    amountText: bondAmountInWords(
                      shop,
                      bond.token,
                      withdrawal.amount < bond.free ? withdrawal.amount : bond.free,
                      i18n.language,
                    ),
                  })
                }
              >
                {t("services.bonds.withdraw.button")}
              </Button>
            )}
            <Button
              variant="quiet"
              onClick={() => cancelling.open({ shopId: shop.shopId, token: bond.token, amount: 0n, amountText: "" })}
            >
              {t("services.bonds.announce.cancel")}
            </Button>
          </div>
        </div>
      )}
      <TransactionDialog handle={withdrawing} />
      <TransactionDialog handle={cancelling} />
    </>
  );
}
