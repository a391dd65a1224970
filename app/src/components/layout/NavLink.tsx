import type { ReactNode } from "react";
import { Link, useLocation, useRouter } from "wouter";
import { classNames } from "../ui/classNames.ts";

export type NavLinkProps = { href: string; children: ReactNode; className?: string; onNavigate?: () => void };

/** A link (`href` from the app root) marked `aria-current="page"` on its own page and below it (`/merchant` on `/merchant/new`). */
export function NavLink({ href, children, className, onNavigate }: NavLinkProps) {
  const [relativeLocation] = useLocation();
  const location = `${useRouter().base}${relativeLocation}`.replace(/\/$/, "") || "/";
  const isCurrent = location === href || location.startsWith(`${href}/`);
  return (
    <Link
      href={`~${href}`}
      className={classNames("nav-link", className)}
      aria-current={isCurrent ? "page" : undefined}
      onClick={onNavigate}
    >
      {children}
    </Link>
  );
}
