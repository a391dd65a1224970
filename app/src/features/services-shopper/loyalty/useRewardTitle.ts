import { useTranslation } from "react-i18next";
import { useDocument } from "../../../market/index.ts";

/**
 * What a program's reward is, from its 'loyalty-reward' document ("Une baguette offerte"), or a plain "a reward"
 * while it loads or when it cannot be read.
 * @example const { title, description } = useRewardTitle(program.rewardCid)
 */
export function useRewardTitle(rewardCid: string | undefined): { title: string; description: string | undefined } {
  const { t } = useTranslation("services");
  const { data: reward } = useDocument("loyalty-reward", rewardCid);
  return { title: reward?.title ?? t("loyalty.aReward"), description: reward?.description || undefined };
}
