// The inbox's one lazily loaded chunk: the header's count and the page share it (and so their dependencies), which
// keeps the first visit's own chunks as they were.
export { InboxCount } from "./components/InboxCount.tsx";
export { InboxPage } from "./components/InboxPage.tsx";
