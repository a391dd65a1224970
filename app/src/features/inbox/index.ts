/**
 * Inbox feature: what changed in the connected account's orders since its last visit — as a shopper, as each shop it
 * owns and as a carrier — read from the chain's events on this device and kept in its IndexedDB (`/inbox`, the
 * header's count), with opt-in browser notifications while the app is open. The header imports this index on every
 * page, so the page loads lazily.
 */
export { InboxLink } from "./components/InboxLink.tsx";
export { InboxPage } from "./pages.ts";
