// Apart from the connector (passkeyConnector.ts), which loads with the wallet stack.

/** Connector id and type of the passkey wallet, so the wallet menu shows it apart from installed wallets. */
export const PASSKEY_CONNECTOR_ID = "grandrue-passkey";
export const PASSKEY_WALLET_TYPE = "passkey";
