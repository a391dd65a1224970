/** The Grandrue sign: a little shop front and the name, drawn inline (no image request). */
export function Logo() {
  return (
    <span className="logo">
      <svg className="logo__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" className="logo__tile" />
        <path d="M6 14 16 7l10 7v11H6z" className="logo__house" />
        <path d="M13 25v-6h6v6" className="logo__door" />
        <path d="M4 15h24l-2-4H6z" className="logo__awning" />
      </svg>
      <span className="logo__name">Grandrue</span>
    </span>
  );
}
