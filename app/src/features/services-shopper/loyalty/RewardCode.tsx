import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { QrCode } from "../../../components/ui/QrCode.tsx";
import { formatTime } from "../lib/formatDay.ts";
import { useRewardCode } from "./useRewardCode.ts";

export type RewardCodeProps = { shopId: bigint; stamps: number; rewardTitle: string };

/** "Use my reward": the buyer signs in the wallet (no fee), then shows the code (QR and text) at the counter. */
export function RewardCode({ shopId, stamps, rewardTitle }: RewardCodeProps) {
  const { t, i18n } = useTranslation("services");
  const reward = useRewardCode();
  const [isCopied, setCopied] = useState(false);
  if (reward.data === undefined) {
    return (
      <div className="reward-code">
        <Button variant="primary" isLoading={reward.isPending} onClick={() => reward.mutate({ shopId, stamps })}>
          {t("reward.use")}
        </Button>
        <p className="service-block__note">{t("reward.useHint", { count: stamps })}</p>
        {reward.error !== null && (
          <Banner tone="warning" title={t("reward.errorTitle")}>
            <p>{t("reward.errorText")}</p>
          </Banner>
        )}
      </div>
    );
  }
  const { code, deadline } = reward.data;
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <div className="reward-code" role="status">
      <p className="reward-code__lead">{t("reward.show", { reward: rewardTitle })}</p>
      <QrCode className="reward-code__qr" text={code} size={280} errorCorrection="L" alt={t("reward.qrAlt")} />
      <p className="reward-code__text">
        <code>{code}</code>
      </p>
      <Button size="small" onClick={() => void copy()}>
        {isCopied ? t("reward.copied") : t("reward.copy")}
      </Button>
      <p className="service-block__note">{t("reward.validUntil", { time: formatTime(deadline, i18n.language) })}</p>
    </div>
  );
}
