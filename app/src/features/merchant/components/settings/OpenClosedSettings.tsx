import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import setActiveTransaction from "../../transactions/setShopActive.ts";

/** Open to new orders, or closed (holidays, a busy week): orders already paid go on as usual. */
export function OpenClosedSettings({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const toggling = useTransaction(setActiveTransaction);
  return (
    <Card
      title={t("settings.active.title")}
      actions={
        <Button
          variant={shop.isActive ? "secondary" : "primary"}
          onClick={() => toggling.open({ shopId: shop.shopId, isActive: !shop.isActive })}
        >
          {shop.isActive ? t("settings.active.close") : t("settings.active.open")}
        </Button>
      }
    >
      <p>
        <Badge tone={shop.isActive ? "success" : "neutral"}>{shop.isActive ? t("shop.open") : t("shop.closed")}</Badge>{" "}
        {shop.isActive ? t("settings.active.isOpen") : t("settings.active.isClosed")}
      </p>
      <TransactionDialog handle={toggling} />
    </Card>
  );
}
