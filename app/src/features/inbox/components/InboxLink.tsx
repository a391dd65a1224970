import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "../../../components/layout/NavLink.tsx";
import { BellIcon } from "../../../components/ui/icons.tsx";
import { useWalletStatus } from "../../wallet/index.ts";

// What keeps the inbox in step with the chain loads only once a wallet is connected, never on a first visit.
const InboxCount = lazy(() => import("./InboxCount.tsx").then((module) => ({ default: module.InboxCount })));

/** The header's inbox entry, with the number of unseen changes once a wallet is connected. */
export function InboxLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { address } = useWalletStatus();
  return (
    <NavLink href="/inbox" onNavigate={onNavigate}>
      <BellIcon />
      {t("nav.inbox")}
      {address !== undefined && (
        <Suspense fallback={null}>
          <InboxCount />
        </Suspense>
      )}
    </NavLink>
  );
}
