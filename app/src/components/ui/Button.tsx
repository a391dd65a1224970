import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Link } from "wouter";
import { classNames } from "./classNames.ts";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";
export type ButtonSize = "small" | "medium" | "large";

type StyleProps = { variant?: ButtonVariant; size?: ButtonSize; isWide?: boolean };

function buttonClass({ variant = "secondary", size = "medium", isWide = false }: StyleProps, extra?: string): string {
  return classNames("button", `button--${variant}`, `button--${size}`, isWide && "button--wide", extra);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  StyleProps & {
    /** Shows a spinner, announces the button as busy and ignores clicks. */
    isLoading?: boolean;
    icon?: ReactNode;
  };

/** The app's button. `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant,
  size,
  isWide,
  isLoading = false,
  icon,
  className,
  children,
  disabled,
  type,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? "button"}
      className={buttonClass({ variant, size, isWide }, className)}
      disabled={disabled}
      aria-busy={isLoading || undefined}
      onClick={isLoading ? undefined : onClick}
    >
      {isLoading ? <span className="button__spinner" aria-hidden="true" /> : icon}
      <span>{children}</span>
    </button>
  );
}

export type LinkButtonProps = StyleProps & { href: string; children: ReactNode; className?: string; icon?: ReactNode };

/** A navigation link that looks like a button (wouter `Link`: client-side navigation, real `href`). */
export function LinkButton({ href, children, className, icon, ...style }: LinkButtonProps) {
  return (
    <Link href={href} className={buttonClass(style, className)}>
      {icon}
      <span>{children}</span>
    </Link>
  );
}
