import { useTranslation } from "react-i18next";
import { orderReference } from "../../../lib/orderPath.ts";
import type { ShopIndexSnapshot } from "../../../market/index.ts";
import type { InboxEntry } from "../model/inboxEntries.ts";

/** One inbox entry in words: who did what to which order, from the point of view of the party it is for. */
export function useEntryText(index: ShopIndexSnapshot | undefined): (entry: InboxEntry) => string {
  const { t } = useTranslation("inbox");
  return (entry) => {
    const shop = index?.indexer.shops.get(BigInt(entry.shopId))?.metadata?.name ?? t("aShop", { shopId: entry.shopId });
    const checkpoint =
      entry.type === "Checkpoint" ? t(`checkpoints.${entry.detail}`, { defaultValue: entry.detail }) : undefined;
    return t(`events.${entry.role}.${entry.type}`, {
      shop,
      reference: orderReference(BigInt(entry.orderId)),
      detail: checkpoint ?? entry.detail ?? "",
      defaultValue: t("events.other", { reference: orderReference(BigInt(entry.orderId)) }),
    });
  };
}
