import { useTranslation } from "react-i18next";
import type { ShopSectionProps } from "../ShopAdminPage.tsx";
import { AcceptanceSettings } from "./AcceptanceSettings.tsx";
import { OpenClosedSettings } from "./OpenClosedSettings.tsx";
import { PayoutSettings } from "./PayoutSettings.tsx";
import { ProfileSettings } from "./ProfileSettings.tsx";
import { TransferSettings } from "./TransferSettings.tsx";
import { WindowsSettings } from "./WindowsSettings.tsx";

const PARTS = ["active", "profile", "acceptance", "windows", "payout", "transfer"] as const;

/** `/merchant/shops/:id/settings`: each part of the shop saved on its own, with what it changes said first. */
export function SettingsSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  return (
    <div className="settings">
      <nav aria-label={t("settings.navLabel")}>
        <ul className="settings__nav">
          {PARTS.map((part) => (
            <li key={part}>
              <a href={`#settings-${part}`}>{t(`settings.${part}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div id="settings-active">
        <OpenClosedSettings shop={shop} />
      </div>
      <ProfileSettings shop={shop} />
      <AcceptanceSettings shop={shop} />
      <WindowsSettings shop={shop} />
      <div id="settings-payout">
        <PayoutSettings shop={shop} />
      </div>
      <div id="settings-transfer">
        <TransferSettings shop={shop} />
      </div>
    </div>
  );
}
