import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { SearchIcon } from "../../../components/ui/icons.tsx";

/** A shop or item link whose id is malformed: say so and lead back to the search. */
export function WrongLinkPage() {
  const { t } = useTranslation("shopPage");
  return (
    <Page title={t("wrongLink.title")} width="narrow">
      <EmptyState
        icon={<SearchIcon />}
        title={t("wrongLink.heading")}
        action={
          <LinkButton href="~/" variant="primary">
            {t("wrongLink.action")}
          </LinkButton>
        }
      >
        <p>{t("wrongLink.text")}</p>
      </EmptyState>
    </Page>
  );
}
