import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";

/**
 * Where the catalog stands compared with what customers see: nothing published and nothing drafted yet, a first
 * catalog drafted, changes to the published one, the same as published, or a publication on its way or live.
 */
export type PublicationState = "nothingYet" | "firstDraft" | "upToDate" | "changed" | "publishing" | "live";

export type PublishBarProps = { state: PublicationState; itemCount: number; onPublish(): void; onDiscard(): void };

/**
 * Changes waiting to be published (kept in this browser meanwhile), a publication on its way to the shop pages, or
 * live — once the shop directory has read past the publication's block.
 */
export function PublishBar({ state, itemCount, onPublish, onDiscard }: PublishBarProps) {
  const { t } = useTranslation("merchant");
  const isPending = state === "changed" || state === "firstDraft";
  return (
    <div className={isPending ? "publish-bar publish-bar--pending" : "publish-bar"} aria-live="polite">
      {state === "live" && (
        <Banner title={t("catalog.live.title")}>
          <p>{t("catalog.live.text")}</p>
        </Banner>
      )}
      {state === "publishing" && <Spinner size="small" label={t("catalog.live.pending")} />}
      {state === "upToDate" && <p className="muted">{t("catalog.upToDate")}</p>}
      {isPending && (
        <>
          <p className="publish-bar__text">
            {t(state === "firstDraft" ? "catalog.firstDraft" : "catalog.unpublished")}
          </p>
          <div className="publish-bar__actions">
            <Button variant="quiet" onClick={onDiscard}>
              {t("catalog.discard")}
            </Button>
            <Button variant="primary" size="large" onClick={onPublish} disabled={itemCount === 0}>
              {t("catalog.publishButton")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
