import { lazy } from "react";

// The header imports this feature's link on every page: the page itself loads when first opened.

/** What changed in the account's orders (`/inbox`). */
export const InboxPage = lazy(() => import("./inboxChunk.ts").then((chunk) => ({ default: chunk.InboxPage })));
