import type { OpeningPeriod } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useNow } from "../hooks/useNow.ts";
import { formatClock, weekdayName } from "../hours/formatHours.ts";
import { clockToMinutes, weekdayOf, weekSchedule } from "../hours/openingHours.ts";

/** The week's opening hours, Monday first, today highlighted and marked for screen readers; or that none were given. */
export function WeekHours({ hours }: { hours: readonly OpeningPeriod[] }) {
  const { t, i18n } = useTranslation("shops");
  const today = weekdayOf(useNow());
  const clock = (time: string) => formatClock(clockToMinutes(time), i18n.language, t);
  if (hours.length === 0) return <p className="muted">{t("hours.unknown")}</p>;
  return (
    <table className="week-hours">
      <caption className="visually-hidden">{t("hours.weekCaption")}</caption>
      <tbody>
        {weekSchedule(hours).map(({ day, periods }) => (
          <tr
            key={day}
            className={day === today ? "week-hours__today" : undefined}
            aria-current={day === today ? "date" : undefined}
          >
            <th scope="row">
              {weekdayName(day, i18n.language)}
              {day === today && <span className="week-hours__badge">{t("hours.today")}</span>}
            </th>
            <td>
              {periods.length === 0
                ? t("hours.closedAllDay")
                : periods.map((period) => (
                    <span key={period.opens} className="week-hours__period">
                      {t("hours.period", { opens: clock(period.opens), closes: clock(period.closes) })}
                    </span>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
