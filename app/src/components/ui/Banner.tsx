import type { ReactNode } from "react";
import { classNames } from "./classNames.ts";
import { InfoIcon, WarningIcon } from "./icons.tsx";

export type BannerTone = "info" | "warning" | "error";

export type BannerProps = {
  tone?: BannerTone;
  title?: ReactNode;
  children?: ReactNode;
  /** One button or link that fixes the problem ("Switch network", "Connect a wallet"). */
  action?: ReactNode;
  className?: string;
};

/**
 * A message across the page or a dialog. Errors are announced at once (`role="alert"`), the others politely
 * (`role="status"`).
 */
export function Banner({ tone = "info", title, children, action, className }: BannerProps) {
  const Icon = tone === "info" ? InfoIcon : WarningIcon;
  return (
    <div className={classNames("banner", `banner--${tone}`, className)} role={tone === "error" ? "alert" : "status"}>
      <Icon className="banner__icon" />
      <div className="banner__text">
        {title !== undefined && <p className="banner__title">{title}</p>}
        {children}
      </div>
      {action !== undefined && <div className="banner__action">{action}</div>}
    </div>
  );
}
