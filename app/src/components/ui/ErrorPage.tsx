import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "./Button.tsx";
import { WarningIcon } from "./icons.tsx";

export type ErrorPageProps = { error: unknown; onRetry(): void };

/** The translated page shown when part of the app failed: what happened, and two ways out. */
export function ErrorPage({ error, onRetry }: ErrorPageProps) {
  const { t } = useTranslation();
  return (
    <section className="error-page" aria-labelledby="error-page-title">
      <WarningIcon className="error-page__icon" />
      <h1 id="error-page-title" tabIndex={-1}>
        {t("errorPage.title")}
      </h1>
      <p>{t("errorPage.text")}</p>
      <div className="error-page__actions">
        <Button variant="primary" onClick={onRetry}>
          {t("errorPage.retry")}
        </Button>
        <LinkButton href="~/">{t("errorPage.home")}</LinkButton>
      </div>
      <details className="error-page__details">
        <summary>{t("errorPage.details")}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </section>
  );
}

/**
 * The last line of defence, outside translations and routing: plain French and English, and a reload link.
 * It never depends on anything that could itself have failed.
 */
export function RootErrorPage({ error }: { error: unknown }) {
  return (
    <main className="error-page error-page--root">
      <h1>Un problème est survenu · Something went wrong</h1>
      <p lang="fr">La page n'a pas pu s'afficher. Rechargez-la ; vos paniers et commandes ne sont pas perdus.</p>
      <p lang="en">The page could not be shown. Reload it; your basket and orders are not lost.</p>
      <p>
        <a className="button button--primary button--medium" href="/">
          Recharger · Reload
        </a>
      </p>
      <details className="error-page__details">
        <summary>Détails · Details</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </main>
  );
}
