import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { SearchIcon } from "../components/ui/icons.tsx";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** The header's search: "What are you looking for?", sent to the find page as `/?q=…`. Press "/" to jump to it. */
export function HeaderSearch({ onSearched }: { onSearched?: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const initial = new URLSearchParams(useSearch()).get("q") ?? "";
  const [query, setQuery] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => setQuery(initial), [initial]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (input.current === null || input.current.offsetParent === null) return;
      event.preventDefault();
      input.current.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    navigate(text === "" ? "~/" : `~/?q=${encodeURIComponent(text)}`);
    onSearched?.();
  };
  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        enterKeyHint="search"
      />
      <button type="submit" className="header-search__submit">
        <SearchIcon />
        <span className="visually-hidden">{t("search.submit")}</span>
      </button>
    </form>
  );
}
