import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { orderPath } from "../../../lib/orderPath.ts";
import { useShopIndex } from "../../../market/index.ts";
import { useEntryText } from "../hooks/useEntryText.ts";
import type { InboxEntry } from "../model/inboxEntries.ts";
import type { StoredInboxEntry } from "../model/inboxStorage.ts";

/** Where an entry leads: the shopper's order page, the shop's order page, or the carrier's shipment. */
function entryHref(entry: InboxEntry): string {
  if (entry.role === "shop") return `~/merchant/shops/${entry.shopId}/orders/${entry.orderId}`;
  if (entry.role === "carrier") return `~/carrier/shipments/${entry.orderId}`;
  return `~${orderPath(BigInt(entry.orderId))}`;
}

/** Entries newest first, the unseen ones marked "new". */
export function InboxEntryList({ entries }: { entries: readonly StoredInboxEntry[] }) {
  const { t, i18n } = useTranslation("inbox");
  const text = useEntryText(useShopIndex().data);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="inbox-list">
      {entries.map((entry) => (
        <li key={entry.id} className="inbox-entry" data-new={!entry.isSeen}>
          <Link href={entryHref(entry)} className="inbox-entry__link">
            {!entry.isSeen && <span className="badge badge--accent">{t("new")}</span>}
            <span className="inbox-entry__text">{text(entry)}</span>
            <time className="inbox-entry__time muted" dateTime={new Date(entry.timestamp * 1000).toISOString()}>
              {time.format(entry.timestamp * 1000)}
            </time>
          </Link>
        </li>
      ))}
    </ul>
  );
}
