import { useTranslation } from "react-i18next";
import { classNames } from "./classNames.ts";

/**
 * How long a text is against the most its document allows ("120 / 2 000"), and how much is too much once over it
 * ("12 caractères de trop"), announced to screen readers only then.
 * @example <CharacterCount length={story.length} max={MAX_SHOP_STORY_LENGTH} />
 */
export function CharacterCount({ id, length, max }: { id?: string; length: number; max: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const isOver = length > max;
  return (
    <p
      id={id}
      className={classNames("character-count", isOver && "character-count--over")}
      aria-live={isOver ? "polite" : "off"}
    >
      {isOver
        ? t("field.over", { count: length - max, over: number.format(length - max), max: number.format(max) })
        : t("field.count", { length: number.format(length), max: number.format(max) })}
    </p>
  );
}
