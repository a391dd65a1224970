import { useTranslation } from "react-i18next";
import { Page } from "../../../../components/layout/Page.tsx";
import { LinkButton } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";

/** What follows a successful opening: add products, or look at the shop as customers see it. */
export function ShopOpened({ shopId, name }: { shopId: bigint; name: string }) {
  const { t } = useTranslation("merchant");
  return (
    <Page title={t("new.opened.title", { name })} lead={t("new.opened.lead", { id: shopId.toString() })} width="narrow">
      <Card
        title={t("new.opened.nextTitle")}
        actions={
          <>
            <LinkButton href={`/shops/${shopId}/catalog`} variant="primary">
              {t("new.opened.catalog")}
            </LinkButton>
            <LinkButton href={`~/shops/${shopId}`}>{t("new.opened.publicPage")}</LinkButton>
          </>
        }
      >
        <p>{t("new.opened.nextText")}</p>
      </Card>
    </Page>
  );
}
