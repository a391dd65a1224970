/** Discover feature: finding shops and products near you (`/`), and how the search is made (`/settings`). */
export { FindPage } from "./components/FindPage.tsx";
export { SearchSettingsPage } from "./pages.ts";
