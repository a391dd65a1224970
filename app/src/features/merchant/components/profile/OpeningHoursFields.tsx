import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import type { DayHours } from "../../lib/openingHours.ts";
import type { ShopProfileForm, ShopProfileProblems } from "../../lib/shopProfile.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

/** The name of a weekday (0 = Monday) in the reader's language. */
function weekdayName(day: number, language: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, 1 + day));
}

/** Opening hours day by day: closed, or open once or twice (with a break). */
export function OpeningHoursFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t, i18n } = useTranslation("merchant");
  const problemText = useProblemText();
  const setDay = (index: number, day: DayHours) =>
    onChange({ week: form.week.map((entry, position) => (position === index ? day : entry)) });
  return (
    <Card title={t("form.hours.title")}>
      <p className="muted">{t("form.hours.text")}</p>
      {form.week.every((day) => !day.isOpen) && <p className="field__hint">{t("form.hours.noneGiven")}</p>}
      <ul className="hours">
        {form.week.map((day, index) => {
          const name = weekdayName(index, i18n.language);
          const error = problemText(problems[`hours.${index}`]);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the day of the week
            <li key={index} className="hours__day">
              <Checkbox
                label={name}
                checked={day.isOpen}
                onChange={(event) => setDay(index, { ...day, isOpen: event.target.checked })}
              />
              {day.isOpen ? (
                <div className="hours__periods">
                  {day.periods.map((period, periodIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a period is its position in the day; inputs are controlled
                    <span key={periodIndex} className="hours__period">
                      <input
                        type="time"
                        className="input"
                        aria-label={t("form.hours.opens", { day: name, number: periodIndex + 1 })}
                        aria-invalid={error === undefined ? undefined : true}
                        value={period.opens}
                        onChange={(event) =>
                          setDay(index, {
                            ...day,
                            periods: day.periods.map((entry, at) =>
                              at === periodIndex ? { ...entry, opens: event.target.value } : entry,
                            ),
                          })
                        }
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        type="time"
                        className="input"
                        aria-label={t("form.hours.closes", { day: name, number: periodIndex + 1 })}
                        aria-invalid={error === undefined ? undefined : true}
                        value={period.closes}
                        onChange={(event) =>
                          setDay(index, {
                            ...day,
                            periods: day.periods.map((entry, at) =>
                              at === periodIndex ? { ...entry, closes: event.target.value } : entry,
                            ),
                          })
                        }
                      />
                    </span>
                  ))}
                  {day.periods.length === 1 ? (
                    <Button
                      size="small"
                      variant="quiet"
                      onClick={() =>
                        setDay(index, {
                          ...day,
                          periods: [
                            { opens: day.periods[0]!.opens, closes: "12:30" },
                            { opens: "14:00", closes: day.periods[0]!.closes },
                          ],
                        })
                      }
                    >
                      {t("form.hours.addBreak")}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      variant="quiet"
                      onClick={() =>
                        setDay(index, {
                          ...day,
                          periods: [{ opens: day.periods[0]!.opens, closes: day.periods.at(-1)!.closes }],
                        })
                      }
                    >
                      {t("form.hours.removeBreak")}
                    </Button>
                  )}
                </div>
              ) : (
                <span className="muted">{t("form.hours.closed")}</span>
              )}
              {error !== undefined && <p className="field__error hours__error">{error}</p>}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
