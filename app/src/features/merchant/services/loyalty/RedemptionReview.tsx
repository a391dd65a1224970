import type { IndexedShop, LoyaltyProgram, SignedRedemption } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { shortHex } from "../../../../lib/format.ts";
import { useCardBalance, useChainNow, useDocument } from "../../../../market/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import { redemptionProblem } from "../lib/redemptionCheck.ts";
import type { RedeemRewardData } from "../transactions/redeemReward.ts";

export type RedemptionReviewProps = {
  shop: IndexedShop;
  program: LoyaltyProgram;
  signed: SignedRedemption;
  onRedeem(data: RedeemRewardData): void;
};

/** What a pasted code asks for (who, how many stamps, which reward, until when), whether it can be used, and the button. */
export function RedemptionReview({ shop, program, signed, onRedeem }: RedemptionReviewProps) {
  const { t, i18n } = useTranslation("merchant");
  const { redemption } = signed;
  const now = useChainNow();
  const balance = useCardBalance(shop.shopId, redemption.buyer);
  const reward = useDocument("loyalty-reward", program.rewardCid);
  const rewardTitle = reward.data?.title ?? t("services.loyalty.rewardMissing");
  const isReady = now !== undefined && balance.data !== undefined;
  const problem = isReady
    ? redemptionProblem(redemption, {
        shopId: shop.shopId,
        now,
        rewardThreshold: program.rewardThreshold,
        balance: balance.data,
      })
    : undefined;
  return (
    <div className="services-redemption" aria-live="polite">
      <h3 className="form-subtitle">{t("services.redeem.review")}</h3>
      <dl className="services-facts">
        <dt>{t("services.redeem.buyer")}</dt>
        <dd className="services-mono">{shortHex(redemption.buyer)}</dd>
        <dt>{t("services.redeem.stamps")}</dt>
        <dd>
          {t("services.redeem.stampsOf", {
            stamps: t("services.stamps", { count: redemption.stamps }),
            balance: balance.data ?? "…",
          })}
        </dd>
        <dt>{t("services.redeem.reward")}</dt>
        <dd>{rewardTitle}</dd>
        <dt>{t("services.redeem.until")}</dt>
        <dd>{dateTimeInWords(Number(redemption.deadline), i18n.language)}</dd>
      </dl>
      {problem !== undefined && (
        <Banner tone="error" title={t("services.redeem.cannot")}>
          {t(`services.redeem.problems.${problem}`, {
            required: program.rewardThreshold,
            signed: redemption.stamps,
            balance: balance.data ?? 0,
          })}
        </Banner>
      )}
      {isReady && problem === undefined && (
        <Button
          variant="primary"
          onClick={() => onRedeem({ signed, buyerText: shortHex(redemption.buyer), rewardTitle })}
        >
          {t("services.redeem.submit")}
        </Button>
      )}
    </div>
  );
}
