import type { IndexedShop, LoyaltyProgram } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { useDocument } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { CompletionHookChoice } from "../hook/CompletionHookChoice.tsx";
import setActiveTransaction from "../transactions/setLoyaltyProgramActive.ts";
import updateRewardTransaction from "../transactions/updateLoyaltyReward.ts";
import { ProgramForm } from "./ProgramForm.tsx";
import { RegularsCount } from "./RegularsCount.tsx";

/** A running stamp card: its rule, paused or not, the regulars, automatic stamps, and changing the reward. */
export function ProgramCard({ shop, program }: { shop: IndexedShop; program: LoyaltyProgram }) {
  const { t } = useTranslation("merchant");
  const reward = useDocument("loyalty-reward", program.rewardCid);
  const toggling = useTransaction(setActiveTransaction);
  const updating = useTransaction(updateRewardTransaction);
  const rewardTitle = reward.data?.title ?? (reward.isError ? t("services.loyalty.rewardMissing") : "…");
  return (
    <Card
      title={t("services.loyalty.title")}
      actions={
        <Button
          variant={program.isActive ? "secondary" : "primary"}
          onClick={() => toggling.open({ shopId: shop.shopId, isActive: !program.isActive })}
        >
          {program.isActive ? t("services.loyalty.pause") : t("services.loyalty.resume")}
        </Button>
      }
    >
      <p>
        <Badge tone={program.isActive ? "success" : "neutral"}>
          {program.isActive ? t("services.loyalty.active") : t("services.loyalty.paused")}
        </Badge>{" "}
        {t("services.loyalty.rule", {
          count: program.stampsPerOrder,
          threshold: program.rewardThreshold,
          reward: rewardTitle,
        })}
      </p>
      {reward.data?.description !== undefined && reward.data.description !== "" && (
        <p className="muted services-text">{reward.data.description}</p>
      )}
      {!program.isActive && <p className="muted">{t("services.loyalty.pausedText")}</p>}
      <RegularsCount shopId={shop.shopId} program={program} />
      <CompletionHookChoice shop={shop} service="loyalty" />
      <details className="services-details">
        <summary>{t("services.loyalty.update.summary")}</summary>
        <ProgramForm
          key={`${program.rewardCid}:${reward.data === undefined ? "loading" : "loaded"}`}
          isNew={false}
          initial={{
            stampsPerOrder: String(program.stampsPerOrder),
            rewardThreshold: String(program.rewardThreshold),
            title: reward.data?.title ?? "",
            description: reward.data?.description ?? "",
          }}
          submitLabel={t("services.loyalty.update.submit")}
          onSubmit={({ rewardThreshold, reward: document }) =>
            updating.open({ shopId: shop.shopId, rewardThreshold, reward: document })
          }
        />
      </details>
      <TransactionDialog handle={toggling} />
      <TransactionDialog handle={updating} />
    </Card>
  );
}
