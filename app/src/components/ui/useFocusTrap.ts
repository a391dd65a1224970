import { type RefObject, useEffect, useRef } from "react";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * Keeps keyboard focus inside `container` while it is mounted: focuses its `[data-autofocus]` element, else the
 * container itself (so screen readers read its title first), makes the rest of the page inert, cycles Tab and
 * Shift+Tab, calls `onEscape` on Escape, and gives focus back to what had it before. Nested traps work: each one
 * only restores what it changed.
 */
export function useFocusTrap(container: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const onEscapeRef = useRef(onEscape);
  useEffect(() => {
    onEscapeRef.current = onEscape;
  });

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const layer = element.closest<HTMLElement>("[data-dialog-layer]") ?? element;
    const madeInert = [...document.body.children].filter(
      (sibling): sibling is HTMLElement => sibling instanceof HTMLElement && sibling !== layer && !sibling.inert,
    );
    for (const sibling of madeInert) sibling.inert = true;
    (element.querySelector<HTMLElement>("[data-autofocus]") ?? element).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        onEscapeRef.current();
        return;
      }
      if (event.key !== "Tab") return;
      const items = focusables(element);
      const first = items[0];
      const last = items[items.length - 1];
      if (first === undefined || last === undefined) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === element || !element.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !element.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    element.addEventListener("keydown", onKeyDown);
    return () => {
      element.removeEventListener("keydown", onKeyDown);
      for (const sibling of madeInert) sibling.inert = false;
      previouslyFocused?.focus();
    };
  }, [container]);
}
