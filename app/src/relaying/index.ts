/** The gasless path: relayers that submit the shopper's and couriers' signed actions, and the shopper's choice of them. */
export { GaslessSwitch } from "./GaslessSwitch.tsx";
export { openRelayer } from "./openRelayer.ts";
export { RelayerSettings } from "./RelayerSettings.tsx";
export type { QuotedFee, QuoteRequest, RelayerFailure } from "./relayerEndpoint.ts";
export { relayerName } from "./relayerUrls.ts";
export { firstQuote, RelayersFailedError, relayThroughList } from "./relayThroughList.ts";
export { signatureDeadline, signTokenPull, TokenNotPullableError } from "./signTokenPull.ts";
export { useNetworkFeeCheck, useRelaying } from "./useRelaying.ts";
