import type { LoyaltyProgram } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useRegularCounts } from "../../../../market/index.ts";

/** Thresholds worth a count: one order, three orders, a full card (in stamps, without repeats, smallest first). */
export function regularThresholds({
  stampsPerOrder,
  rewardThreshold,
}: Pick<LoyaltyProgram, "stampsPerOrder" | "rewardThreshold">): number[] {
  return [...new Set([stampsPerOrder, 3 * stampsPerOrder, rewardThreshold])].sort((a, b) => a - b);
}

/** How many regulars the shop has, as counts only: the contract tells nothing else about them, and neither do we. */
export function RegularsCount({ shopId, program }: { shopId: bigint; program: LoyaltyProgram }) {
  const { t } = useTranslation("merchant");
  const thresholds = regularThresholds(program);
  const counts = useRegularCounts(shopId, thresholds);
  return (
    <section className="services-regulars" aria-labelledby="services-regulars-title">
      <h3 id="services-regulars-title" className="form-subtitle">
        {t("services.regulars.title")}
      </h3>
      {counts.data === undefined ? (
        <p className="muted">{counts.isError ? t("services.readError") : t("services.loading")}</p>
      ) : (
        <ul className="services-regulars__list">
          {thresholds.map((stamps, index) => (
            <li key={stamps}>
              <strong className="services-regulars__count">{counts.data[index]}</strong>{" "}
              {t("services.regulars.line", {
                count: counts.data[index],
                stamps: t("services.stamps", { count: stamps }),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t("services.regulars.privacy")}</p>
    </section>
  );
}
