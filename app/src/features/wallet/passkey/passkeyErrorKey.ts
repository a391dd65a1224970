import { UserRejectedRequestError } from "viem";
import { RelayersFailedError } from "../../../relaying/relayThroughList.ts";
import { PasskeyAccountNotFoundError } from "./hooks/useFindPasskey.ts";
import { NoFeeTokenError } from "./relayBatch.ts";
import { PasskeyCancelledError, PasskeyUnavailableError } from "./webauthn.ts";

const KEYS: [new (...args: never[]) => Error, string][] = [
  [PasskeyCancelledError, "passkey.errors.cancelled"],
  [UserRejectedRequestError, "passkey.errors.cancelled"],
  [PasskeyUnavailableError, "passkey.errors.unavailable"],
  [NoFeeTokenError, "passkey.errors.noFeeToken"],
  [RelayersFailedError, "passkey.errors.noRelayer"],
  [PasskeyAccountNotFoundError, "passkey.errors.notFound"],
];

/**
 * The translation key that explains `error` to a shopper: the first known cause along its `cause` chain (viem wraps
 * what the passkey provider throws), else a generic one. Never a stack trace.
 */
export function passkeyErrorKey(error: unknown): string {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const known = KEYS.find(([type]) => cause instanceof type);
    if (known !== undefined) return known[1];
  }
  return "passkey.errors.other";
}
