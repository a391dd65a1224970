import { TransactionExecutionError, UserRejectedRequestError } from "viem";
import { describe, expect, test } from "vitest";
import { RelayersFailedError } from "../../../relaying/relayThroughList.ts";
import { passkeyErrorKey } from "./passkeyErrorKey.ts";
import { NoFeeTokenError } from "./relayBatch.ts";
import { PasskeyCancelledError, PasskeyUnavailableError } from "./webauthn.ts";

describe("passkeyErrorKey", () => {
  test("a closed prompt, directly or as the wallet's refusal wrapped by viem, is 'cancelled'", () => {
    expect(passkeyErrorKey(new PasskeyCancelledError("closed"))).toBe("passkey.errors.cancelled");
    const wrapped = new TransactionExecutionError(new UserRejectedRequestError(new PasskeyCancelledError("closed")), {
      account: undefined,
    } as never);
    expect(passkeyErrorKey(wrapped)).toBe("passkey.errors.cancelled");
  });

  test("names the missing WebAuthn, the missing euros and the missing relayer", () => {
    expect(passkeyErrorKey(new PasskeyUnavailableError("ip"))).toBe("passkey.errors.unavailable");
    expect(passkeyErrorKey(new Error("x", { cause: new NoFeeTokenError("poor") }))).toBe("passkey.errors.noFeeToken");
    expect(passkeyErrorKey(new RelayersFailedError([]))).toBe("passkey.errors.noRelayer");
  });

  test("anything else is the generic message, never a stack trace", () => {
    expect(passkeyErrorKey(new TypeError("boom"))).toBe("passkey.errors.other");
    expect(passkeyErrorKey("a string")).toBe("passkey.errors.other");
  });
});
