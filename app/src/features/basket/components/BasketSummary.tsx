import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import { type BasketGroup, blockingProblems } from "../pricing/basketGroups.ts";
import { currencyTotals } from "../pricing/currencyTotals.ts";
import { joinNames } from "../pricing/joinNames.ts";
import { CurrencyTotalsList } from "./CurrencyTotalsList.tsx";

/** The basket's totals per currency and the way to checkout, or why it is not possible yet. */
export function BasketSummary({ groups }: { groups: readonly BasketGroup[] }) {
  const { t, i18n } = useTranslation("orders");
  const blocked = groups.filter((group) => blockingProblems(group).length > 0);
  const totals = currencyTotals(groups);
  return (
    <Card title={t("basket.summaryTitle")} className="basket-summary">
      {totals.length > 0 && <CurrencyTotalsList totals={totals} />}
      {groups.some((group) => group.problems.includes("fee-unknown")) && (
        <p className="muted">{t("totals.feeAtCheckout")}</p>
      )}
      <PadlockNote>{t("basket.escrowNote")}</PadlockNote>
      <div className="page__footer-actions">
        {blocked.length === 0 ? (
          <LinkButton href="~/checkout" variant="primary" size="large">
            {t("basket.checkout")}
          </LinkButton>
        ) : (
          <>
            <p className="basket-summary__blocked" id="basket-blocked">
              {t("basket.blocked", {
                shops: joinNames(
                  blocked.map((group) => group.name ?? group.shopId),
                  i18n.language,
                ),
              })}
            </p>
            <Button variant="primary" size="large" disabled aria-describedby="basket-blocked">
              {t("basket.checkout")}
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
