import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BellIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import "../../../styles/features/inbox.css";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { useWalletStatus } from "../../wallet/index.ts";
import { useInbox, useMarkInboxSeen } from "../hooks/useInbox.ts";
import type { InboxRole } from "../model/inboxEntries.ts";
import type { StoredInboxEntry } from "../model/inboxStorage.ts";
import { InboxEntryList } from "./InboxEntryList.tsx";
import { NotificationsCard } from "./NotificationsCard.tsx";

const ROLES: readonly InboxRole[] = ["shop", "carrier", "buyer"];

/**
 * `/inbox`: what changed in the account's orders since its last visit, for each party it is (shops first, then
 * deliveries, then purchases). Opening it marks everything as seen; it lives on this device only.
 */
export function InboxPage() {
  const { t } = useTranslation("inbox");
  const { address } = useWalletStatus();
  const inbox = useInbox();
  const markSeen = useMarkInboxSeen();
  // What was new when the page opened stays marked "new" while it is open.
  const [shown, setShown] = useState<StoredInboxEntry[]>();
  const entries = inbox.data?.entries;
  useEffect(() => {
    if (entries === undefined || address === undefined) return;
    setShown((previous) => {
      const seenHere = new Set(previous?.filter((entry) => !entry.isSeen).map((entry) => entry.id));
      return entries.map((entry) => (seenHere.has(entry.id) ? { ...entry, isSeen: false } : entry));
    });
    if (entries.some((entry) => !entry.isSeen)) void markSeen(address);
  }, [entries, address, markSeen]);
  const page = (content: React.ReactNode) => (
    <Page title={t("title")} lead={t("lead")} width="narrow">
      {content}
    </Page>
  );
  if (address === undefined) {
    return page(
      <EmptyState
        icon={<BellIcon />}
        title={t("connectTitle")}
        action={<LinkButton href="~/wallet">{t("connectAction")}</LinkButton>}
      >
        <p>{t("connectText")}</p>
      </EmptyState>,
    );
  }
  return page(
    <div className="stack">
      {inbox.error !== null && (
        <Banner tone="warning" title={t("errorTitle")}>
          <p>{t("errorText")}</p>
        </Banner>
      )}
      {shown === undefined ? (
        <Spinner label={t("loading")} />
      ) : shown.length === 0 ? (
        <EmptyState icon={<BellIcon />} title={t("emptyTitle")}>
          <p>{t("emptyText")}</p>
        </EmptyState>
      ) : (
        ROLES.map((role) => {
          const ofRole = shown.filter((entry) => entry.role === role);
          return ofRole.length === 0 ? null : (
            <section key={role} aria-labelledby={`inbox-${role}`}>
              <h2 id={`inbox-${role}`} className="section__title">
                {t(`roles.${role}`)}
              </h2>
              <InboxEntryList entries={ofRole} />
            </section>
          );
        })
      )}
      <p className="muted">{t("deviceNote")}</p>
      <NotificationsCard />
    </div>,
  );
}
