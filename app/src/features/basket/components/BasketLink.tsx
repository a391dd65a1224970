import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { useBasket } from "../hooks/useBasket.ts";

/** The header's basket: icon, item count, and the count in words for screen readers. */
export function BasketLink() {
  const { t } = useTranslation();
  const { itemCount } = useBasket();
  return (
    <Link href="~/basket" className="basket-link" aria-label={t("nav.basketWithCount", { count: itemCount })}>
      <BasketIcon />
      <span className="basket-link__label">{t("nav.basket")}</span>
      {itemCount > 0 && (
        <span className="basket-link__count" aria-hidden="true">
          {itemCount > 99 ? "99+" : itemCount}
        </span>
      )}
    </Link>
  );
}
