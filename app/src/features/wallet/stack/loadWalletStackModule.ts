/**
 * Downloads the wallet stack's module (wagmi, the connectors, the passkey wallet): the only way in, so that nothing
 * imports it statically and it stays out of a first visit. Tests call it to start the stack themselves.
 */
export function loadWalletStackModule() {
  return import("./walletStack.tsx");
}
