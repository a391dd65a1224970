/** The gasless path: relayers that submit the shopper's and couriers' signed actions, and the shopper's choice of them. */
export { GaslessSwitch } from "./GaslessSwitch.tsx";
export { RelayerSettings } from "./RelayerSettings.tsx";
export { allowedRelayerOrigins, parseRelayerUrls, relayerName } from "./relayerUrls.ts";
export { type Relaying, useCanPayNetworkFee, useRelaying } from "./useRelaying.ts";
