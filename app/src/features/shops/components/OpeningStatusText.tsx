import type { OpeningPeriod } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { classNames } from "../../../components/ui/classNames.ts";
import { useNow } from "../hooks/useNow.ts";
import { describeOpening } from "../hours/formatHours.ts";
import { openingStatus } from "../hours/openingHours.ts";

/** "Open · closes at 19:30" or "Closed · opens tomorrow at 07:00", from the shop's hours in the browser's time zone. */
export function OpeningStatusText({ hours, className }: { hours: readonly OpeningPeriod[]; className?: string }) {
  const { t, i18n } = useTranslation("shops");
  const status = openingStatus(hours, useNow());
  const { headline, detail } = describeOpening(status, i18n.language, t);
  return (
    <span className={classNames("opening", `opening--${status.state}`, className)}>
      <strong>{headline}</strong>
      {detail !== undefined && <> · {detail}</>}
    </span>
  );
}
