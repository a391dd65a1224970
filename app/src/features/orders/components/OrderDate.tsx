import { useTranslation } from "react-i18next";

/** A moment of an order (unix seconds) in the reader's language: "12 mars 2026, 09:30". */
export function OrderDate({ timestamp }: { timestamp: number }) {
  const { i18n } = useTranslation();
  const date = new Date(timestamp * 1000);
  return (
    <time dateTime={date.toISOString()}>
      {new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(date)}
    </time>
  );
}
