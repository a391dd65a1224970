/** Discover feature: finding shops and products near you (`/`). */
export { FindPage } from "./components/FindPage.tsx";
