// The SDK's error decoder carries every contract's error ABI: `useTransaction` imports this module on the first
// failure (`await import`), so the decoder loads with it and not with the page. Importing the SDK itself
// dynamically would load all of it.
export { parseMarketError } from "@grandrue/sdk";
