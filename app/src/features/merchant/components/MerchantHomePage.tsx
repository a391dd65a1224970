import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { useShopIndex } from "../../../market/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";
import { MerchantShopCard } from "./MerchantShopCard.tsx";

const PROMISES = ["fee", "customers", "payment"] as const;

/** `/merchant`: the shops this wallet owns, or how to open one. */
export function MerchantHomePage() {
  const { t } = useTranslation("merchant");
  const { isConnected, address } = useWalletStatus();
  const index = useShopIndex();
  const shops =
    address === undefined
      ? []
      : [...(index.data?.indexer.shops.values() ?? [])].filter((shop) => isAddressEqual(shop.owner, address));
  return (
    <Page
      title={t("home.title")}
      lead={t("home.lead")}
      actions={
        <LinkButton href="/new" variant="primary">
          {t("home.openShop")}
        </LinkButton>
      }
    >
      {!isConnected ? (
        <EmptyState icon={<StoreIcon />} title={t("home.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("home.connectText")}</p>
        </EmptyState>
      ) : index.isLoading ? (
        <Spinner label={t("home.loading")} />
      ) : index.data === undefined ? (
        <Banner tone="error" title={t("access.indexErrorTitle")}>
          <p>{t("access.indexErrorText")}</p>
        </Banner>
      ) : shops.length === 0 ? (
        <EmptyState
          icon={<StoreIcon />}
          title={t("home.noShopTitle")}
          action={<LinkButton href="/new">{t("home.openShop")}</LinkButton>}
        >
          <p>{t("home.noShopText")}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="my-shops">
          <h2 id="my-shops" className="section__title">
            {t("home.shopsTitle", { count: shops.length })}
          </h2>
          <ul className="merchant-shops">
            {shops.map((shop) => (
              <li key={shop.shopId.toString()}>
                <MerchantShopCard shop={shop} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {shops.length === 0 && (
        <ul className="steps-grid">
          {PROMISES.map((promise) => (
            <li key={promise}>
              <Card as="div" title={t(`home.promises.${promise}.title`)} headingLevel={2}>
                <p>{t(`home.promises.${promise}.text`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
