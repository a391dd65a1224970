import type { IndexedShop, OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { useResolvedShopAmounts } from "../../hooks/useResolvedShopAmounts.ts";
import { summarizeShopMoney } from "../../lib/shopMoney.ts";
import { deadlineInWords } from "../../shared/time.ts";
import completeOrdersTransaction from "../../transactions/completeOrders.ts";
import { AmountText, amountInWords } from "./AmountText.tsx";
import { CreditsList } from "./CreditsList.tsx";

/** The shop's money: paid out, held until delivery (and when it comes), ready to collect, and credits to withdraw. */
export function MoneyCard({
  shop,
  orders,
  now,
}: {
  shop: IndexedShop;
  orders: OrderDetails[];
  now: number | undefined;
}) {
  const { t, i18n } = useTranslation("merchant");
  const resolved = useResolvedShopAmounts(orders);
  const collect = useTransaction(completeOrdersTransaction);
  if (now === undefined) return null;
  const money = summarizeShopMoney(orders, now, resolved);
  return (
    <Card title={t("money.title")} className="money-card">
      <dl className="money">
        <div className="money__row">
          <dt>{t("money.paidOut")}</dt>
          <dd>
            <AmountText amounts={money.paidOut} shop={shop} size="large" />
            <span className="muted">{t("money.paidOutHint")}</span>
          </dd>
        </div>
        <div className="money__row">
          <dt>{t("money.held", { count: money.heldOrders })}</dt>
          <dd>
            <AmountText amounts={money.held} shop={shop} size="large" />
            <span className="muted">
              {money.nextRelease === undefined
                ? t("money.heldHint")
                : t("money.nextRelease", { when: deadlineInWords(money.nextRelease, now, i18n.language) })}
            </span>
          </dd>
        </div>
      </dl>
      {money.collectable.length > 0 && (
        <div className="money__collect">
          <p>
            {t("money.collectable", { count: money.collectable.length })}{" "}
            <AmountText amounts={money.collectableAmounts} shop={shop} />
          </p>
          <Button
            variant="primary"
            onClick={() =>
              collect.open({
                orders: money.collectable.map(({ orderId, terms }) => ({ orderId, terms })),
                totalText: amountInWords(money.collectableAmounts, shop, i18n.language),
              })
            }
          >
            {t("money.collect.button")}
          </Button>
        </div>
      )}
      <CreditsList shop={shop} />
      <TransactionDialog handle={collect} />
    </Card>
  );
}
