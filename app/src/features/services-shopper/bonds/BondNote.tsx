import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/format.ts";
import "../../../styles/features/services-shopper.css";
import { TokenAmount } from "../../../currency/TokenAmount.tsx";
import { useShopBonds } from "../../../market/index.ts";
import { bondPrice, shownBond } from "./bondMoney.ts";
import { warrantyPeriodParts } from "./warrantyPeriod.ts";

/**
 * "Garanti par une caution de 300,00 € · garantie 2 ans", with what it means; nothing unless the shop has a bond
 * with money in it and a warranty period.
 */
export function BondNote({ shop }: { shop: IndexedShop }) {
  const { t, i18n } = useTranslation("services");
  const { data: bonds } = useShopBonds(shop.shopId);
  const bond = bonds === undefined ? undefined : shownBond(bonds);
  if (bond === undefined) return null;
  const priceUnit = shop.metadata?.priceUnit;
  const price = priceUnit === undefined ? undefined : bondPrice(bond.balance, bond.token, shop.payments, priceUnit);
  const amount =
    price === undefined || priceUnit === undefined ? (
      <TokenAmount token={bond.token} amount={bond.balance} />
    ) : (
      formatPrice(price, priceUnit, i18n.language)
    );
  const period = warrantyPeriodParts(bond.warrantyPeriodSeconds);
  return (
    <div className="bond-note">
      <p className="bond-note__headline">
        <span aria-hidden="true" className="bond-note__icon">
          ✓
        </span>{" "}
        {t("bond.guaranteedBy")} <strong>{amount}</strong> ·{" "}
        {t("bond.warranty", { period: t(`period.${period.unit}`, { count: period.count }) })}
      </p>
      <details className="bond-note__details">
        <summary>{t("bond.whatIsIt")}</summary>
        <p>{t("bond.explanation")}</p>
      </details>
    </div>
  );
}
