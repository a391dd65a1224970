import { useTranslation } from "react-i18next";

export type StampProgressProps = { balance: number; threshold: number };

/** A row of stamps (filled up to the balance, capped at the threshold) with the count said in words. */
export function StampProgress({ balance, threshold }: StampProgressProps) {
  const { t } = useTranslation("services");
  const filled = Math.min(balance, threshold);
  return (
    <div className="stamp-progress">
      <ol className="stamp-progress__stamps" aria-hidden="true">
        {Array.from({ length: threshold }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the stamp's number on the card
          <li key={index} className="stamp-progress__stamp" data-filled={index < filled} />
        ))}
      </ol>
      <p className="stamp-progress__text">{t("loyalty.progress", { count: balance, threshold })}</p>
    </div>
  );
}
