import { useTranslation } from "react-i18next";
import { Badge } from "../../../components/ui/Badge.tsx";
import { tagLabel } from "../tags/tagLabel.ts";

export type TagListProps = { kind: "category" | "label"; tags: readonly string[]; label: string; className?: string };

/** A shop's or item's labels ("Bio", "Circuit court") or categories as badges, named as a list for screen readers. */
export function TagList({ kind, tags, label, className }: TagListProps) {
  const { t } = useTranslation("shops");
  if (tags.length === 0) return null;
  return (
    <ul className={className ?? "tag-list"} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Badge tone={kind === "label" ? "success" : "neutral"}>{tagLabel(kind, tag, t)}</Badge>
        </li>
      ))}
    </ul>
  );
}
