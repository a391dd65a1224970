import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { BellIcon } from "../../../components/ui/icons.tsx";
import { useWalletStatus } from "../../wallet/index.ts";

// What keeps the inbox in step with the chain loads only once a wallet is connected, never on a first visit.
const InboxCount = lazy(() => import("../inboxChunk.ts").then((chunk) => ({ default: chunk.InboxCount })));

/** The header's news link, beside the basket, with the number of unseen changes once a wallet is connected. */
export function InboxLink() {
  const { t } = useTranslation();
  const { address } = useWalletStatus();
  return (
    <Link href="~/inbox" className="basket-link">
      <BellIcon />
      <span className="basket-link__label">{t("nav.inbox")}</span>
      {address !== undefined && (
        <Suspense fallback={null}>
          <InboxCount />
        </Suspense>
      )}
    </Link>
  );
}
