import { p256 } from "@noble/curves/nist.js";
import { encodeAbiParameters, type Hex, hexToBytes, keccak256, numberToHex, sha256, stringToBytes } from "viem";
import { InvalidPasskeyError } from "./errors.ts";

/**
 * A passkey as the account contract stores it (`contracts/types/PasskeyTypes.sol`): its P-256 public key and the
 * relying party and origin it was created for. A signature counts only from that relying party and exactly that origin.
 */
export type Passkey = {
  /** x coordinate of the P-256 public key, 32 bytes. */
  qx: Hex;
  /** y coordinate of the P-256 public key, 32 bytes. */
  qy: Hex;
  /** sha256 of the relying party id, e.g. sha256("grandrue.example"). */
  rpIdHash: Hex;
  /** The web origin the passkey signs from, e.g. "https://grandrue.example" (no trailing slash). */
  origin: string;
};

export type ToPasskeyParameters = {
  /**
   * The credential's P-256 public key: uncompressed SEC1 bytes (`0x04 ‖ x ‖ y`, what
   * `AuthenticatorAttestationResponse.getPublicKey()` gives inside its SPKI, last 65 bytes), `x ‖ y`, or the
   * coordinates.
   */
  publicKey: Uint8Array | Hex | { x: bigint; y: bigint };
  /** The relying party id the credential was created with (`rp.id`), e.g. "grandrue.example". */
  rpId: string;
  /** The page's origin (`location.origin`), e.g. "https://grandrue.example". */
  origin: string;
};

/** The public key as a point of P-256, checked to be on the curve (the account refuses any other). */
function publicKeyPoint(publicKey: ToPasskeyParameters["publicKey"]) {
  try {
    if (typeof publicKey === "object" && "x" in publicKey) {
      const point = p256.Point.fromAffine(publicKey);
      point.assertValidity();
      return point;
    }
    const bytes = typeof publicKey === "string" ? hexToBytes(publicKey) : publicKey;
    return p256.Point.fromBytes(bytes.length === 64 ? Uint8Array.of(4, ...bytes) : bytes);
  } catch (error) {
    throw new InvalidPasskeyError(`the public key is not a P-256 point: ${(error as Error).message}`);
  }
}

/**
 * The passkey the account contract expects, from a credential created with `navigator.credentials.create`.
 * @throws InvalidPasskeyError if the key is not on P-256 (the factory would refuse it) or the origin is not one.
 * @example const passkey = toPasskey({ publicKey: rawPublicKey, rpId: "grandrue.example", origin: location.origin })
 */
export function toPasskey(parameters: ToPasskeyParameters): Passkey {
  const point = publicKeyPoint(parameters.publicKey);
  if (!/^https?:\/\/[^/"\\\s]+$/.test(parameters.origin)) {
    throw new InvalidPasskeyError(
      `"${parameters.origin}" is not a web origin: a scheme and a host, with no path or trailing slash`,
    );
  }
  if (parameters.rpId === "") throw new InvalidPasskeyError("the relying party id is empty");
  const { x, y } = point.toAffine();
  return {
    qx: numberToHex(x, { size: 32 }),
    qy: numberToHex(y, { size: 32 }),
    rpIdHash: sha256(stringToBytes(parameters.rpId)),
    origin: parameters.origin,
  };
}

/**
 * The id under which the account holds `passkey`: `keccak256(abi.encode(qx, qy, rpIdHash, keccak256(origin)))`.
 * @example const isHeld = await readContract(client, { address, abi: passkeyAccountAbi, functionName: "isPasskey", args: [passkeyId(passkey)] })
 */
export function passkeyId(passkey: Passkey): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }],
      [passkey.qx, passkey.qy, passkey.rpIdHash, keccak256(stringToBytes(passkey.origin))],
    ),
  );
}
