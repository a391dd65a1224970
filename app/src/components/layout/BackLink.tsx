import { Link } from "wouter";
import { ArrowLeftIcon } from "../ui/icons.tsx";

export type BackLinkProps = { href: string; children: string };

/** "← Back to …" above a page title. */
export function BackLink({ href, children }: BackLinkProps) {
  return (
    <Link href={href} className="back-link">
      <ArrowLeftIcon />
      <span>{children}</span>
    </Link>
  );
}
