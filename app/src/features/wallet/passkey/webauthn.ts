import { bytesToHex, type Hex, hexToBytes, stringToBytes } from "viem";

/** The shopper closed the passkey prompt, or the device refused (no PIN, timed out): nothing was signed. */
export class PasskeyCancelledError extends Error {
  override name = "PasskeyCancelledError";
}

/** This browser has no WebAuthn, or the page is not on a secure origin with a domain name (never an IP address). */
export class PasskeyUnavailableError extends Error {
  override name = "PasskeyUnavailableError";
}

/** The salt of the PRF extension: the device returns HMAC(its secret for this passkey, salt), the privacy seed. */
export const PRF_SALT = new Uint8Array(stringToBytes("grandrue/privacy-seed/1".padEnd(32, "\0")));

export type CreatedCredential = {
  /** The credential id, to name the passkey in later prompts. */
  credentialId: Hex;
  /** The uncompressed P-256 public key (`0x04 ‖ x ‖ y`), given only now. */
  publicKey: Uint8Array;
  /** Whether the authenticator evaluates the PRF extension (the privacy seed then follows the passkey). */
  hasPrf: boolean;
};

export type Assertion = {
  authenticatorData: Uint8Array;
  clientDataJSON: Uint8Array;
  signature: Uint8Array;
  /** The PRF output for {@link PRF_SALT}, when the authenticator has the extension. */
  prf?: Uint8Array;
  /** The credential that answered (the shopper's choice when none was named). */
  credentialId: Hex;
  /** The WebAuthn user id the credential was created with. */
  userHandle?: Uint8Array;
};

function credentials(): CredentialsContainer {
  if (typeof navigator === "undefined" || navigator.credentials === undefined || !window.isSecureContext) {
    throw new PasskeyUnavailableError("WebAuthn is not available on this page");
  }
  return navigator.credentials;
}

/** Maps what the browser throws to the two cases a shopper can act on; anything else is rethrown. */
function ceremonyError(error: unknown): Error {
  if (error instanceof DOMException && (error.name === "NotAllowedError" || error.name === "AbortError")) {
    return new PasskeyCancelledError(error.message);
  }
  if (error instanceof DOMException && (error.name === "SecurityError" || error.name === "NotSupportedError")) {
    return new PasskeyUnavailableError(error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * One tap: creates a discoverable P-256 passkey for this site, named on the device `displayName`, with user
 * verification, asking for the PRF extension.
 * @throws PasskeyCancelledError when the prompt is closed; PasskeyUnavailableError without WebAuthn.
 */
export async function createCredential(parameters: {
  rpId: string;
  displayName: string;
  /** The WebAuthn user id; random by default. A recovery passkey carries its account's address, to be found again. */
  userId?: Uint8Array;
}): Promise<CreatedCredential> {
  const container = credentials();
  let credential: Credential | null;
  try {
    credential = await container.create({
      publicKey: {
        rp: { id: parameters.rpId, name: "Grandrue" },
        user: {
          id: new Uint8Array(parameters.userId ?? crypto.getRandomValues(new Uint8Array(16))),
          name: parameters.displayName,
          displayName: parameters.displayName,
        },
        pubKeyCredParams: [{ type: "public-key", alg: -7 }],
        authenticatorSelection: { residentKey: "required", userVerification: "required" },
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        extensions: { prf: { eval: { first: PRF_SALT } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch (error) {
    throw ceremonyError(error);
  }
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyCancelledError("no passkey was created");
  const response = credential.response as AuthenticatorAttestationResponse;
  const spki = response.getPublicKey();
  if (spki === null) throw new PasskeyUnavailableError("the authenticator did not give a P-256 public key");
  const extensions = credential.getClientExtensionResults() as { prf?: { enabled?: boolean } };
  return {
    credentialId: bytesToHex(new Uint8Array(credential.rawId)),
    publicKey: new Uint8Array(spki).slice(-65),
    hasPrf: extensions.prf?.enabled === true,
  };
}

/**
 * One passkey prompt: signs `challenge` with the credential `credentialId` (user verification required), or with any
 * passkey of this site the shopper picks when none is named, and, where the authenticator has it, evaluates the PRF
 * extension in the same prompt.
 * @throws PasskeyCancelledError when the prompt is closed; PasskeyUnavailableError without WebAuthn.
 */
export async function getAssertion(parameters: {
  rpId: string;
  credentialId?: Hex;
  challenge: Hex;
}): Promise<Assertion> {
  const container = credentials();
  let credential: Credential | null;
  try {
    credential = await container.get({
      publicKey: {
        challenge: new Uint8Array(hexToBytes(parameters.challenge)),
        rpId: parameters.rpId,
        userVerification: "required",
        ...(parameters.credentialId !== undefined && {
          allowCredentials: [{ type: "public-key", id: new Uint8Array(hexToBytes(parameters.credentialId)) }],
        }),
        extensions: { prf: { eval: { first: PRF_SALT } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch (error) {
    throw ceremonyError(error);
  }
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyCancelledError("no passkey answered");
  const response = credential.response as AuthenticatorAssertionResponse;
  const extensions = credential.getClientExtensionResults() as { prf?: { results?: { first?: BufferSource } } };
  const first = extensions.prf?.results?.first;
  return {
    authenticatorData: new Uint8Array(response.authenticatorData),
    clientDataJSON: new Uint8Array(response.clientDataJSON),
    signature: new Uint8Array(response.signature),
    credentialId: bytesToHex(new Uint8Array(credential.rawId)),
    ...(response.userHandle !== null && { userHandle: new Uint8Array(response.userHandle) }),
    ...(first !== undefined && {
      prf: ArrayBuffer.isView(first)
        ? new Uint8Array(first.buffer, first.byteOffset, first.byteLength)
        : new Uint8Array(first),
    }),
  };
}
