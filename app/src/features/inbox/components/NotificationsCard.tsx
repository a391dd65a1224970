import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import {
  areNotificationsOn,
  canNotify,
  turnNotificationsOff,
  turnNotificationsOn,
} from "../model/browserNotifications.ts";

/** Opt-in browser notifications while the app is open in a tab: no push service, nothing leaves the device. */
export function NotificationsCard() {
  const { t } = useTranslation("inbox");
  const [isOn, setOn] = useState(areNotificationsOn);
  const [answer, setAnswer] = useState<NotificationPermission>();
  return (
    <Card title={t("notifications.title")} headingLevel={2}>
      <p>{t("notifications.text")}</p>
      {!canNotify() ? (
        <p className="muted">{t("notifications.unsupported")}</p>
      ) : isOn ? (
        <Button
          onClick={() => {
            turnNotificationsOff();
            setOn(false);
          }}
        >
          {t("notifications.turnOff")}
        </Button>
      ) : (
        <Button
          variant="primary"
          onClick={async () => {
            const permission = await turnNotificationsOn();
            setAnswer(permission);
            setOn(permission === "granted");
          }}
        >
          {t("notifications.turnOn")}
        </Button>
      )}
      {isOn && <p role="status">{t("notifications.on")}</p>}
      {answer !== undefined && answer !== "granted" && <p role="alert">{t("notifications.refused")}</p>}
    </Card>
  );
}
