import type { StampCard } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Card } from "../../../components/ui/Card.tsx";
import { useIndexedShop } from "../../../market/index.ts";
import { RewardCode } from "./RewardCode.tsx";
import { StampProgress } from "./StampProgress.tsx";
import { useRewardTitle } from "./useRewardTitle.ts";

/** One shop's card: the shop, the reward, the stamps so far and, once there are enough, "Use my reward". */
export function StampCardItem({ card }: { card: StampCard }) {
  const { t } = useTranslation("services");
  const { shop } = useIndexedShop(card.shopId);
  const reward = useRewardTitle(card.rewardCid);
  const shopName = shop?.metadata?.name ?? t("cards.unknownShop", { id: card.shopId.toString() });
  return (
    <Card
      as="article"
      headingLevel={2}
      className="stamp-card"
      title={<Link href={`~/shops/${card.shopId}`}>{shopName}</Link>}
      subtitle={t("loyalty.offer", { count: card.rewardThreshold, reward: reward.title })}
    >
      <StampProgress balance={card.balance} threshold={card.rewardThreshold} />
      {!card.isProgramActive && <p className="service-block__note">{t("cards.paused")}</p>}
      {/* Keyed by the balance: once the shop redeems a code, it is spent and a fresh one must be asked for. */}
      {card.rewardsAvailable > 0 && (
        <RewardCode key={card.balance} shopId={card.shopId} stamps={card.rewardThreshold} rewardTitle={reward.title} />
      )}
    </Card>
  );
}
