import { encodePasskeySignature, InvalidPasskeyError, passkeyId, toPasskey } from "@grandrue/sdk";
import { p256 } from "@noble/curves/nist.js";
import { bytesToHex, encodeAbiParameters, hexToBigInt, keccak256, sha256, slice, stringToBytes } from "viem";
import { describe, expect, test } from "vitest";
import { createSoftwarePasskey } from "../../../scripts/lib/passkeys/softwarePasskey.ts";

const RP_ID = "grandrue.example";
const ORIGIN = "https://grandrue.example";
const CHALLENGE = keccak256(stringToBytes("a batch"));
const HALF_ORDER = p256.Point.Fn.ORDER / 2n;

describe("toPasskey", () => {
  const secretKey = p256.utils.randomSecretKey();
  const uncompressed = p256.getPublicKey(secretKey, false);
  const { x, y } = p256.Point.fromBytes(uncompressed).toAffine();

  test("toPasskey: reads an uncompressed key, x ‖ y or coordinates alike, and hashes the relying party id", () => {
    const passkey = toPasskey({ publicKey: uncompressed, rpId: RP_ID, origin: ORIGIN });
    expect(toPasskey({ publicKey: bytesToHex(uncompressed.subarray(1)), rpId: RP_ID, origin: ORIGIN })).toEqual(
      passkey,
    );
    expect(toPasskey({ publicKey: { x, y }, rpId: RP_ID, origin: ORIGIN })).toEqual(passkey);
    expect(hexToBigInt(passkey.qx)).toBe(x);
    expect(hexToBigInt(passkey.qy)).toBe(y);
    expect(passkey.rpIdHash).toBe(sha256(stringToBytes(RP_ID)));
  });

  test("toPasskey: refuses a point off the P-256 curve, which the factory would refuse", () => {
    expect(() => toPasskey({ publicKey: { x, y: y ^ 1n }, rpId: RP_ID, origin: ORIGIN })).toThrow(InvalidPasskeyError);
    const offCurve = Uint8Array.from(uncompressed);
    offCurve[64] = offCurve[64]! ^ 1;
    expect(() => toPasskey({ publicKey: offCurve, rpId: RP_ID, origin: ORIGIN })).toThrow(/not a P-256 point/);
    expect(() => toPasskey({ publicKey: "0x1234", rpId: RP_ID, origin: ORIGIN })).toThrow(/not a P-256 point/);
  });

  test.each(["grandrue.example", "https://grandrue.example/", "https://grandrue.example/shop", ""])(
    "toPasskey: refuses %j as an origin",
    (origin) => {
      expect(() => toPasskey({ publicKey: uncompressed, rpId: RP_ID, origin })).toThrow(/not a web origin/);
    },
  );

  test("toPasskey: refuses an empty relying party id", () => {
    expect(() => toPasskey({ publicKey: uncompressed, rpId: "", origin: ORIGIN })).toThrow(/relying party id is empty/);
  });

  test("passkeyId: is keccak256(abi.encode(qx, qy, rpIdHash, keccak256(origin)))", () => {
    const passkey = toPasskey({ publicKey: uncompressed, rpId: RP_ID, origin: ORIGIN });
    const expected = keccak256(
      encodeAbiParameters(
        [{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }],
        [passkey.qx, passkey.qy, passkey.rpIdHash, keccak256(stringToBytes(ORIGIN))],
      ),
    );
    expect(passkeyId(passkey)).toBe(expected);
    expect(passkeyId({ ...passkey, origin: "https://uploads.grandrue.example" })).not.toBe(expected);
  });
});

describe("encodePasskeySignature", () => {
  const alice = createSoftwarePasskey({ rpId: RP_ID, origin: ORIGIN });

  test("encodePasskeySignature: writes the key, where the origin is and how long, then OpenZeppelin's WebAuthnAuth", () => {
    const assertion = alice.assert(CHALLENGE);
    const encoded = encodePasskeySignature(alice.passkey, assertion);
    const clientDataJSON = assertion.clientDataJSON as string;
    expect(slice(encoded, 0, 32)).toBe(alice.passkey.qx);
    expect(slice(encoded, 32, 64)).toBe(alice.passkey.qy);
    expect(hexToBigInt(slice(encoded, 64, 96))).toBe(BigInt(clientDataJSON.indexOf('"origin":"')));
    expect(hexToBigInt(slice(encoded, 96, 128))).toBe(BigInt(ORIGIN.length));
    expect(hexToBigInt(slice(encoded, 128 + 64, 128 + 96))).toBe(BigInt(clientDataJSON.indexOf('"challenge":"')));
    expect(hexToBigInt(slice(encoded, 128 + 96, 128 + 128))).toBe(1n);
  });

  test("encodePasskeySignature: lowers a high s, as OpenZeppelin's P256 requires", () => {
    const assertion = alice.assert(CHALLENGE);
    const { r, s } = p256.Signature.fromBytes(assertion.signature as Uint8Array, "der");
    for (const candidate of [s, p256.Point.Fn.ORDER - s]) {
      const encoded = encodePasskeySignature(alice.passkey, { ...assertion, signature: { r, s: candidate } });
      const encodedS = hexToBigInt(slice(encoded, 128 + 32, 128 + 64));
      expect(encodedS <= HALF_ORDER).toBe(true);
      expect(encodedS === s || encodedS === p256.Point.Fn.ORDER - s).toBe(true);
    }
  });

  test("encodePasskeySignature: refuses an assertion from another origin, naming both", () => {
    const assertion = alice.assert(CHALLENGE, { origin: "https://uploads.grandrue.example" });
    expect(() => encodePasskeySignature(alice.passkey, assertion)).toThrow(
      "the assertion comes from https://uploads.grandrue.example, but the passkey signs only from https://grandrue.example",
    );
  });

  test("encodePasskeySignature: refuses an assertion for another relying party", () => {
    const assertion = alice.assert(CHALLENGE, { rpId: "evil.example" });
    expect(() => encodePasskeySignature(alice.passkey, assertion)).toThrow(/another relying party/);
  });

  test.each([
    ["user presence", 0x04],
    ["user verification", 0x01],
  ])("encodePasskeySignature: refuses an assertion without %s", (_flag, flags) => {
    expect(() => encodePasskeySignature(alice.passkey, alice.assert(CHALLENGE, { flags }))).toThrow(
      /did not verify the user/,
    );
  });

  test("encodePasskeySignature: refuses a registration's client data", () => {
    const assertion = alice.assert(CHALLENGE, { type: "webauthn.create" });
    expect(() => encodePasskeySignature(alice.passkey, assertion)).toThrow(/not an assertion/);
  });

  test("encodePasskeySignature: refuses client data without challenge or origin, and short authenticator data", () => {
    const assertion = alice.assert(CHALLENGE);
    const noChallenge = { ...assertion, clientDataJSON: '{"type":"webauthn.get","origin":"https://grandrue.example"}' };
    expect(() => encodePasskeySignature(alice.passkey, noChallenge)).toThrow(/no challenge/);
    const noOrigin = { ...assertion, clientDataJSON: '{"type":"webauthn.get","challenge":"abc"}' };
    expect(() => encodePasskeySignature(alice.passkey, noOrigin)).toThrow(/no origin/);
    const short = { ...assertion, authenticatorData: new Uint8Array(36) };
    expect(() => encodePasskeySignature(alice.passkey, short)).toThrow(/shorter than 37 bytes/);
  });
});
