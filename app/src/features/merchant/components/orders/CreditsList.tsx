import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { useWalletStatus } from "../../../wallet/index.ts";
import { useCredits } from "../../shared/useCredits.ts";
import withdrawCreditTransaction from "../../transactions/withdrawCredit.ts";
import { AmountText, amountInWords } from "./AmountText.tsx";

/**
 * Payments the escrow could not send to the shop's payout account and kept for it: the payout account withdraws
 * them here (another account is told to connect that one).
 */
export function CreditsList({ shop }: { shop: IndexedShop }) {
  const { t, i18n } = useTranslation("merchant");
  const { address } = useWalletStatus();
  const credits = useCredits(shop.payout);
  const withdrawal = useTransaction(withdrawCreditTransaction);
  const list = credits.data ?? [];
  const isPayoutConnected = address !== undefined && isAddressEqual(address, shop.payout);
  return (
    <>
      {list.length > 0 && (
        <div className="credits">
          <h3 className="form-subtitle">{t("money.credits.title")}</h3>
          <p className="muted">{isPayoutConnected ? t("money.credits.text") : t("money.credits.otherAccount")}</p>
          <ul className="credits__list">
            {list.map(({ token, amount }) => {
              const amounts = new Map([[token.toLowerCase() as `0x${string}`, amount]]);
              return (
                <li key={token} className="credits__credit">
                  <AmountText amounts={amounts} shop={shop} />
                  {isPayoutConnected && (
                    <Button
                      size="small"
                      onClick={() =>
                        withdrawal.open({ token, amountText: amountInWords(amounts, shop, i18n.language) })
                      }
                    >
                      {t("money.withdraw.button")}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <TransactionDialog handle={withdrawal} />
    </>
  );
}
