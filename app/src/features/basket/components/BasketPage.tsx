import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Page } from "../../../components/layout/Page.tsx";
import { Button, LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import type { BasketLine } from "../basketStore.ts";
import { useBasket } from "../hooks/useBasket.ts";

function byShop(lines: readonly BasketLine[]): Map<string, BasketLine[]> {
  const shops = new Map<string, BasketLine[]>();
  for (const line of lines) shops.set(line.shopId, [...(shops.get(line.shopId) ?? []), line]);
  return shops;
}

/** `/basket`: what is in the basket, shop by shop, and the way to checkout. */
export function BasketPage() {
  const { t } = useTranslation("orders");
  const basket = useBasket();
  if (basket.lines.length === 0) {
    return (
      <Page title={t("basket.title")} width="narrow">
        <EmptyState icon={<BasketIcon />} title={t("basket.emptyTitle")} action={<LinkButton href="~/" variant="primary">{t("basket.findShops")}</LinkButton>}>
          <p>{t("basket.emptyText")}</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={t("basket.title")} lead={t("basket.lead", { count: basket.itemCount })} width="narrow">
      {[...byShop(basket.lines)].map(([shopId, lines]) => (
        <Card key={shopId} title={<Link href={`~/shops/${shopId}`}>{t("basket.shop", { id: shopId })}</Link>}>
          <ul className="basket-lines">
            {lines.map((line) => (
              <li key={`${line.itemId}/${line.variantId ?? ""}`} className="basket-lines__line">
                <span>{t("basket.line", { item: line.itemId, quantity: line.quantity })}</span>
                <Button variant="quiet" size="small" onClick={() => basket.setQuantity(line, 0)}>
                  {t("basket.remove")}
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <PadlockNote>{t("basket.escrowNote")}</PadlockNote>
      <div className="page__footer-actions">
        <LinkButton href="~/checkout" variant="primary" size="large">
          {t("basket.checkout")}
        </LinkButton>
      </div>
    </Page>
  );
}
