import type { ReactNode } from "react";
import { classNames } from "./classNames.ts";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "accent";

export type BadgeProps = { tone?: BadgeTone; children: ReactNode; className?: string };

/** A short label: an order status, "organic", a count. Colour is never the only signal: the text says it. */
export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return <span className={classNames("badge", `badge--${tone}`, className)}>{children}</span>;
}
