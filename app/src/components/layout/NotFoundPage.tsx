import { useTranslation } from "react-i18next";
import { LinkButton } from "../ui/Button.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { SearchIcon } from "../ui/icons.tsx";
import { Page } from "./Page.tsx";

/** Shown for an address that leads nowhere (mistyped link, old bookmark), with the way back to the shops. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")} width="narrow">
      <EmptyState
        icon={<SearchIcon />}
        title={t("notFound.heading")}
        action={
          <LinkButton href="~/" variant="primary">
            {t("notFound.home")}
          </LinkButton>
        }
      >
        <p>{t("notFound.text")}</p>
      </EmptyState>
    </Page>
  );
}
