import { checkOrderTermsForShop, type IndexedShop, type OrderDetails } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { DeclineDialog } from "./DeclineDialog.tsx";
import { useMismatchText } from "./useMismatchText.ts";

/**
 * Accept or decline a paid order. Checkout takes the customer's offer as it is, so before accepting the shop sees
 * where the order differs from its published terms, if anywhere.
 */
export type AcceptPanelProps = {
  shop: IndexedShop;
  order: OrderDetails;
  canAccept: boolean;
  onAccept(): void;
  onDecline(reason: string): void;
};

export function AcceptPanel({ shop, order, canAccept, onAccept, onDecline }: AcceptPanelProps) {
  const { t } = useTranslation("merchant");
  const mismatchText = useMismatchText();
  const [isDeclineOpen, setDeclineOpen] = useState(false);
  const mismatches = checkOrderTermsForShop(order.terms, {
    shopId: shop.shopId,
    payout: shop.payout,
    terms: shop.terms,
    hook: shop.hook,
    acceptance: {
      payments: shop.payments,
      carriers: shop.carriers,
      isAnyCarrierAccepted: shop.isAnyCarrierAccepted,
      arbitrators: shop.arbitrators,
      isAnyArbitratorAccepted: shop.isAnyArbitratorAccepted,
    },
  });
  return (
    <div className="stack">
      {mismatches.length > 0 && (
        <Banner tone="warning" title={t("orders.mismatch.title", { count: mismatches.length })}>
          <ul>
            {mismatches.map((mismatch) => (
              <li key={mismatch.name}>{mismatchText(mismatch)}</li>
            ))}
          </ul>
          <p>{t("orders.mismatch.advice")}</p>
        </Banner>
      )}
      <div className="button-row">
        {canAccept && (
          <Button variant="primary" size="large" onClick={onAccept}>
            {t("orders.accept.button")}
          </Button>
        )}
        <Button variant="danger" onClick={() => setDeclineOpen(true)}>
          {t("orders.decline.button")}
        </Button>
      </div>
      {!canAccept && <p className="muted">{t("orders.accept.tooLate")}</p>}
      {canAccept && <p className="muted">{t("orders.accept.customerNews")}</p>}
      <DeclineDialog
        isOpen={isDeclineOpen}
        onClose={() => setDeclineOpen(false)}
        suggestedReason={mismatches.map(mismatchText).join(" ")}
        onDecline={(reason) => {
          setDeclineOpen(false);
          onDecline(reason);
        }}
      />
    </div>
  );
}
