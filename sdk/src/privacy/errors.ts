/**
 * Thrown by `decryptShippingDetails` whenever it cannot return the details the buyer sealed: the envelope is
 * not addressed to the key, was altered, or belongs to another order. It never returns partial or garbled data.
 */
export class DecryptionError extends Error {
  override name = "DecryptionError";
}

/** Thrown by `encryptShippingDetails` for unusable recipients or order context. */
export class EncryptionError extends Error {
  override name = "EncryptionError";
}

/** Thrown when a wallet signature cannot seed a key: wrong length or out-of-range values. */
export class InvalidSignatureError extends Error {
  override name = "InvalidSignatureError";
}
