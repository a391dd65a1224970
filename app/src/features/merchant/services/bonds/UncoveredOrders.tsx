import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { Button } from "../../../../components/ui/Button.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import registerTransaction from "../transactions/registerWarranty.ts";
import { useUncoveredOrders } from "./useUncoveredOrders.ts";
import { warrantyText } from "./warrantyText.ts";

/** Completed orders without a warranty yet: the shop starts each one by hand (the warranty runs from that moment). */
export function UncoveredOrders({ shop, bonds }: { shop: IndexedShop; bonds: readonly ShopBond[] }) {
  const { t, i18n } = useTranslation("merchant");
  const uncovered = useUncoveredOrders(shop.shopId, bonds);
  const registering = useTransaction(registerTransaction);
  const orders = uncovered.data ?? [];
  if (orders.length === 0) return <TransactionDialog handle={registering} />;
  return (
    <section aria-labelledby="services-uncovered">
      <h3 id="services-uncovered" className="form-subtitle">
        {t("services.bonds.register.title")}
      </h3>
      <p className="muted">{t("services.bonds.register.text")}</p>
      <ul className="services-claims">
        {orders.map((order) => {
          const period =
            bonds.find((bond) => isAddressEqual(bond.token, order.terms.token))?.warrantyPeriodSeconds ?? 0;
          const orderText = orderReference(order.orderId);
          return (
            <li key={order.orderId.toString()} className="services-claims__claim">
              <span>
                {orderText} ·{" "}
                {t("services.bonds.register.paid", { date: dateTimeInWords(order.paidAt, i18n.language) })}
              </span>
              <Button
                size="small"
                onClick={() =>
                  registering.open({
                    orderId: order.orderId,
                    terms: order.terms,
                    orderText,
                    periodText: warrantyText(period, t),
                  })
                }
              >
                {t("services.bonds.register.button")}
              </Button>
            </li>
          );
        })}
      </ul>
      <TransactionDialog handle={registering} />
    </section>
  );
}
