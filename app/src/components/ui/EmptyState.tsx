import type { ReactNode } from "react";
import { classNames } from "./classNames.ts";

export type EmptyStateProps = {
  /** A decorative icon from `icons.tsx`. */
  icon?: ReactNode;
  title: ReactNode;
  /** What the person can do about it, in one or two sentences. */
  children?: ReactNode;
  /** The next step: a `LinkButton` or `Button`. */
  action?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
};

/** What a page or list shows when there is nothing yet, always with a way forward. */
export function EmptyState({ icon, title, children, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={classNames("empty-state", className)}>
      {icon !== undefined && <div className="empty-state__icon">{icon}</div>}
      <Heading className="empty-state__title">{title}</Heading>
      {children !== undefined && <div className="empty-state__text">{children}</div>}
      {action !== undefined && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
