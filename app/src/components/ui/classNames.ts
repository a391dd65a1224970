/**
 * Joins the truthy class names.
 * @example classNames("button", isWide && "button--wide") // "button button--wide"
 */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
