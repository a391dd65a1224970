import type { SignedCheckpoint } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { InvalidSignedCheckpointError, signedCheckpointFromJson, signedCheckpointToJson } from "./signedCheckpoints.ts";

const SIGNED: SignedCheckpoint = {
  attestation: {
    escrow: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
    orderId: 2n ** 200n + 7n,
    checkpoint: 1,
    code: `0x${"00".repeat(32)}`,
    recordedAt: 1_800_000_000n,
    nonce: 2n ** 255n,
    deadline: 1_800_604_800n,
  },
  signature: `0x${"ab".repeat(65)}`,
};

describe("signed checkpoints as text", () => {
  test("a signed checkpoint survives being written as JSON text and read back", () => {
    const text = JSON.stringify(signedCheckpointToJson(SIGNED));
    expect(signedCheckpointFromJson(JSON.parse(text))).toEqual(SIGNED);
  });

  test("text without a signature or with an unknown checkpoint is refused", () => {
    const json = signedCheckpointToJson(SIGNED);
    expect(() => signedCheckpointFromJson({ attestation: json.attestation })).toThrow(InvalidSignedCheckpointError);
    expect(() => signedCheckpointFromJson({ ...json, attestation: { ...json.attestation, checkpoint: 9 } })).toThrow(
      /checkpoint/,
    );
    expect(() => signedCheckpointFromJson({ ...json, attestation: { ...json.attestation, nonce: "-1" } })).toThrow(
      /nonce/,
    );
  });
});
