import { useTranslation } from "react-i18next";
import { useInbox } from "../hooks/useInbox.ts";

/** How many changes the account has not seen yet; rendering it keeps the inbox in step with the chain. */
export function InboxCount() {
  const { t } = useTranslation("inbox");
  const { unseen } = useInbox();
  if (unseen.length === 0) return null;
  return (
    <span className="inbox-count">
      <span aria-hidden="true">{unseen.length > 99 ? "99+" : unseen.length}</span>
      <span className="visually-hidden">{t("unseenCount", { count: unseen.length })}</span>
    </span>
  );
}
