import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import "../../../styles/features/services-shopper.css";
import { useServiceContract, useStampCards } from "../../../market/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";
import { ClaimableOrders } from "./ClaimableOrders.tsx";
import { StampCardItem } from "./StampCardItem.tsx";

const CARDS_REFRESH_MS = 5_000;

/** `/cards`: the buyer's stamp cards across shops, past orders that can still be stamped, and rewards to use. */
export function StampCardsPage() {
  const { t } = useTranslation("services");
  const { address } = useWalletStatus();
  const loyalty = useServiceContract("LoyaltyStamps");
  // The shop redeems a reward from its own device: the buyer at the counter sees the stamps go within seconds.
  const cards = useStampCards(address, { refetchInterval: CARDS_REFRESH_MS });
  const page = (body: ReactNode) => (
    <Page title={t("cards.title")} lead={t("cards.lead")} width="narrow">
      {body}
    </Page>
  );
  if (loyalty === undefined)
    return page(
      <EmptyState title={t("cards.unavailableTitle")}>
        <p>{t("cards.unavailableText")}</p>
      </EmptyState>,
    );
  if (address === undefined) {
    return page(
      <EmptyState title={t("cards.connectTitle")} action={<ConnectWalletButton />}>
        <p>{t("cards.connectText")}</p>
      </EmptyState>,
    );
  }
  return page(
    <>
      {cards.error !== null && (
        <Banner tone="warning" title={t("cards.errorTitle")}>
          <p>{t("cards.errorText")}</p>
        </Banner>
      )}
      {cards.isLoading && <Spinner label={t("cards.loading")} />}
      <ClaimableOrders buyer={address} />
      {cards.data?.length === 0 && (
        <EmptyState title={t("cards.emptyTitle")} action={<LinkButton href="~/">{t("cards.findShops")}</LinkButton>}>
          <p>{t("cards.emptyText")}</p>
        </EmptyState>
      )}
      {cards.data !== undefined && cards.data.length > 0 && (
        <div className="stamp-cards">
          {cards.data.map((card) => (
            <StampCardItem key={card.shopId.toString()} card={card} />
          ))}
        </div>
      )}
    </>,
  );
}
