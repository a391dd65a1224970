export { passkeyAccountAddress, passkeyAccountImplementation, type PasskeyAccountAddressParameters } from "./accountAddress.ts";
export { typedDataChallenge, wrapTypedDataForAccount } from "./erc7739.ts";
export { InvalidPasskeyError } from "./errors.ts";
export { passkeyId, toPasskey, type Passkey, type ToPasskeyParameters } from "./passkey.ts";
export { encodePasskeySignature, type WebAuthnAssertion } from "./passkeySignature.ts";
export {
  batchNonce,
  encodeCreateAccountAndExecute,
  encodeExecute,
  PASSKEY_ACCOUNT_DOMAIN,
  SIGNED_BATCH_MODE,
  signedBatchChallenge,
  type Call,
  type SignedBatch,
} from "./signedBatch.ts";
