import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { useMarket } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { hookKind } from "../lib/completionHook.ts";
import setHookTransaction from "../transactions/setServiceHook.ts";

/**
 * Offers to make a service the contract the shop's orders call when they complete, in plain words: what becomes
 * automatic, that a shop has only one, and what switching takes away from the other service.
 */
export function CompletionHookChoice({ shop, service }: { shop: IndexedShop; service: "loyalty" | "bonds" }) {
  const { t } = useTranslation("merchant");
  const { deployment } = useMarket();
  const setting = useTransaction(setHookTransaction);
  const current = hookKind(shop.hook, deployment);
  const isSet = current === service;
  return (
    <section className="services-hook" aria-labelledby={`services-hook-${service}`}>
      <h3 id={`services-hook-${service}`} className="form-subtitle">
        {t(`services.hook.${service}.title`)}
      </h3>
      {isSet ? (
        <p>
          <Badge tone="success">{t("services.hook.on")}</Badge> {t(`services.hook.${service}.isOn`)}
        </p>
      ) : (
        <>
          <p>{t(`services.hook.${service}.explain`)}</p>
          <p className="muted">{t("services.hook.onlyOne")}</p>
          {current !== "none" && <p className="services-warning">{t(`services.hook.switchLoses.${current}`)}</p>}
          <Button onClick={() => setting.open({ shopId: shop.shopId, service, current })}>
            {t(`services.hook.${service}.button`)}
          </Button>
        </>
      )}
      <TransactionDialog handle={setting} />
    </section>
  );
}
