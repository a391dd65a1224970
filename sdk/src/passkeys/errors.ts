/** Thrown for a public key, origin or WebAuthn response the passkey account would never accept; says which and why. */
export class InvalidPasskeyError extends Error {
  override name = "InvalidPasskeyError";
}
