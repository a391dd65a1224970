/** The demo faucet (local test network only; the app leaves it out of builds for any other chain). */
export { FaucetPage } from "./FaucetPage.tsx";
