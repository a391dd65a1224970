import { passkeyId } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  accountFromUserHandle,
  commonCandidate,
  passkeyCandidates,
} from "../../app/src/features/wallet/passkey/passkeyCandidates.ts";
import { createSoftwarePasskey } from "../../scripts/lib/passkeys/softwarePasskey.ts";

const site = { rpId: "localhost", origin: "http://localhost:5173" };
const challenge = (byte: string) => `0x${byte.repeat(32)}` as const;

describe("finding a passkey again from its assertions", () => {
  test("one assertion names the passkey among at most two candidates", () => {
    const device = createSoftwarePasskey(site);
    const candidates = passkeyCandidates(device.assert(challenge("11")), site);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.map(passkeyId)).toContain(passkeyId(device.passkey));
  });

  test("two assertions share exactly the passkey", () => {
    const device = createSoftwarePasskey(site);
    const found = commonCandidate(
      passkeyCandidates(device.assert(challenge("22")), site),
      passkeyCandidates(device.assert(challenge("33")), site),
    );
    expect(found).toEqual(device.passkey);
  });

  test("a recovery passkey's user id names its account; any other user id names none", () => {
    const account = Uint8Array.from({ length: 20 }, (_, index) => index + 1);
    expect(accountFromUserHandle(account)).toBe("0x0102030405060708090a0b0c0d0e0f1011121314");
    expect(accountFromUserHandle(new Uint8Array(16))).toBeUndefined();
    expect(accountFromUserHandle(undefined)).toBeUndefined();
  });
});
