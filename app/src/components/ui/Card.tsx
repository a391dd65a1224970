import type { ReactNode } from "react";
import { classNames } from "./classNames.ts";

export type CardProps = {
  /** Heading of the card, rendered at `headingLevel` (default h2) so the page outline stays correct. */
  title?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Small line under the title (opening hours, order date…). */
  subtitle?: ReactNode;
  /** Buttons or links shown at the bottom of the card. */
  actions?: ReactNode;
  as?: "section" | "article" | "div";
  className?: string;
  children?: ReactNode;
};

/** A paper-like panel that groups related content. */
export function Card({
  title,
  headingLevel = 2,
  subtitle,
  actions,
  as: Element = "section",
  className,
  children,
}: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Element className={classNames("card", className)}>
      {(title !== undefined || subtitle !== undefined) && (
        <div className="card__header">
          {title !== undefined && <Heading className="card__title">{title}</Heading>}
          {subtitle !== undefined && <p className="card__subtitle">{subtitle}</p>}
        </div>
      )}
      {children !== undefined && <div className="card__body">{children}</div>}
      {actions !== undefined && <div className="card__actions">{actions}</div>}
    </Element>
  );
}
