import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { classNames } from "../ui/classNames.ts";

export type PageProps = {
  /** The page's one `h1`, also the browser tab's title ("Basket · Grandrue"). */
  title: string;
  /** A sentence under the title. */
  lead?: ReactNode;
  /** A back link or breadcrumb shown above the title. */
  back?: ReactNode;
  /** Buttons aligned with the title (wraps under it on phones). */
  actions?: ReactNode;
  width?: "narrow" | "wide";
  className?: string;
  children?: ReactNode;
};

let hasRenderedFirstPage = false;

/**
 * The frame of every page: title, lead, and content. After client-side navigation it moves focus to the title,
 * so keyboard and screen-reader users start reading the new page from its top.
 */
export function Page({ title, lead, back, actions, width = "wide", className, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t("appName")}`;
  }, [title, t]);
  useEffect(() => {
    if (hasRenderedFirstPage) heading.current?.focus({ preventScroll: false });
    hasRenderedFirstPage = true;
  }, []);
  return (
    <div className={classNames("page", `page--${width}`, className)}>
      {back !== undefined && <div className="page__back">{back}</div>}
      <div className="page__header">
        <div>
          <h1 className="page__title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead !== undefined && <p className="page__lead">{lead}</p>}
        </div>
        {actions !== undefined && <div className="page__actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
