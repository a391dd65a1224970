import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLoyaltyProgram, useStampCards } from "../../../market/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";
import { StampProgress } from "./StampProgress.tsx";
import { useRewardTitle } from "./useRewardTitle.ts";

/** The shop's stamp card: "10 tampons : une baguette offerte", and the connected buyer's progress on it. */
export function ShopLoyalty({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation("services");
  const { data: program } = useLoyaltyProgram(shopId);
  const { address } = useWalletStatus();
  const { data: cards } = useStampCards(address);
  const reward = useRewardTitle(program?.rewardCid ?? undefined);
  if (program === undefined || program === null || !program.isActive) return null;
  const card = cards?.find((candidate) => candidate.shopId === shopId);
  return (
    <section aria-labelledby="shop-loyalty-title" className="service-block loyalty-offer">
      <h2 id="shop-loyalty-title" className="service-block__title">
        {t("loyalty.title")}
      </h2>
      <p className="loyalty-offer__reward">
        {t("loyalty.offer", { count: program.rewardThreshold, reward: reward.title })}
      </p>
      {reward.description !== undefined && <p className="service-block__note">{reward.description}</p>}
      {program.stampsPerOrder > 1 && (
        <p className="service-block__note">{t("loyalty.perOrder", { count: program.stampsPerOrder })}</p>
      )}
      {address === undefined ? (
        <p className="service-block__note">{t("loyalty.connectToSee")}</p>
      ) : (
        <>
          <StampProgress balance={card?.balance ?? 0} threshold={program.rewardThreshold} />
          <p className="service-block__note">
            <Link href="~/cards">{t("loyalty.allCards")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
