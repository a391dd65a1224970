import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button, LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { useShopIndex } from "../../../market/shopIndex.ts";

/** A shop page without its shop: the network cannot be reached (with a retry), or no shop has this number. */
export function ShopUnavailable({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation("shops");
  const index = useShopIndex();
  if (index.isError) {
    return (
      <Page title={t("shop.unreachableTitle")} width="narrow">
        <Banner
          tone="warning"
          title={t("network.title")}
          action={
            <Button onClick={() => void index.refetch({ cancelRefetch: false })} isLoading={index.isFetching}>
              {t("network.retryNow")}
            </Button>
          }
        >
          <p>{t("network.rpc")}</p>
        </Banner>
      </Page>
    );
  }
  return (
    <Page title={t("shop.notFoundTitle")} width="narrow">
      <EmptyState
        icon={<StoreIcon />}
        title={t("shop.notFoundHeading", { id: shopId.toString() })}
        action={
          <LinkButton href="~/" variant="primary">
            {t("shop.back")}
          </LinkButton>
        }
      >
        <p>{t("shop.notFoundText")}</p>
      </EmptyState>
    </Page>
  );
}
