import type { Address, Hash } from "viem";
import type { RelayedKind, RelayedStatus, RelayerEndpoint, RelayerFailure, RelayerQuote } from "./relayerEndpoint.ts";

/**
 * Failures no other relayer can change: the intent itself is wrong (malformed, a bad signature, expired, its nonce
 * used) or the contract refuses the action (the order moved on). The others (unreachable, busy, fee too low, token
 * not accepted, an internal error) are worth the next relayer.
 */
const FINAL_CODES = new Set(["BadRequest", "BadSignature", "DeadlineExpired", "NonceUsed", "SimulationReverted"]);

export function isFinalFailure(failure: RelayerFailure): boolean {
  return FINAL_CODES.has(failure.code);
}

/** Turns anything a relayer call threw into a failure naming the relayer (a network error is `Unreachable`). */
export function relayerFailure(relayer: string, error: unknown): RelayerFailure {
  const { code, message, details } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    details?: unknown;
  };
  const revert = details as { name?: unknown; args?: unknown } | undefined;
  return {
    relayer,
    code: typeof code === "string" && code !== "" ? code : "Unreachable",
    message: typeof message === "string" ? message : String(error),
    ...(typeof revert?.name === "string" && {
      revert: { name: revert.name, args: (revert.args ?? {}) as Record<string, unknown> },
    }),
  };
}

/** No relayer could submit the intent: every one's failure, in the order they were tried. */
export class RelayersFailedError extends Error {
  readonly failures: readonly RelayerFailure[];
  constructor(failures: readonly RelayerFailure[]) {
    super(
      failures.length === 0
        ? "No relayer is configured"
        : `No relayer could submit it: ${failures.map((failure) => `${failure.relayer}: ${failure.code} (${failure.message})`).join("; ")}`,
    );
    this.name = "RelayersFailedError";
    this.failures = failures;
  }
}

/**
 * The first relayer, in the shopper's order, that quotes a fee for `kind` in `token`, with the failures of those
 * before it.
 * @throws RelayersFailedError when none quotes.
 */
export async function firstQuote<Intent>(
  relayers: readonly RelayerEndpoint<Intent>[],
  kind: RelayedKind,
  token: Address,
): Promise<{ quote: RelayerQuote; failures: RelayerFailure[] }> {
  const failures: RelayerFailure[] = [];
  for (const relayer of relayers) {
    try {
      return { quote: { relayer: relayer.url, token, fee: await relayer.quote(kind, token) }, failures };
    } catch (error) {
      failures.push(relayerFailure(relayer.url, error));
    }
  }
  throw new RelayersFailedError(failures);
}

export type RelayOptions<Intent> = {
  /** The relayers to try, the quoted one first. */
  relayers: readonly RelayerEndpoint<Intent>[];
  kind: RelayedKind;
  token: Address;
  /** The most the buyer signed for: another relayer is used with the same signature only if it asks no more. */
  signedFee: bigint;
  intent: Intent;
  onStatus(relayer: string, status: RelayedStatus, transactionHash?: Hash): void;
  /** A relayer failed and the next one is tried. */
  onFailure(failure: RelayerFailure): void;
};

/**
 * Sends a signed intent to the relayers in turn until one gets it confirmed. The signature names no submitter, so the
 * next relayer takes the same one, if its fee is within what was signed; its nonce keeps it from landing twice.
 * @throws RelayersFailedError with every failure, when a failure is final (see {@link isFinalFailure}) or all fail.
 */
export async function relayThroughList<Intent>(
  options: RelayOptions<Intent>,
): Promise<{ relayer: string; transactionHash: Hash }> {
  const { relayers, kind, token, signedFee, intent, onStatus, onFailure } = options;
  const failures: RelayerFailure[] = [];
  const fail = (failure: RelayerFailure) => {
    failures.push(failure);
    if (isFinalFailure(failure)) throw new RelayersFailedError(failures);
    onFailure(failure);
  };
  for (const [index, relayer] of relayers.entries()) {
    try {
      if (index > 0 && signedFee > 0n) {
        const fee = await relayer.quote(kind, token);
        if (fee > signedFee) {
          fail({ relayer: relayer.url, code: "FeeAboveSigned", message: `asks ${fee}, ${signedFee} was signed` });
          continue;
        }
      }
      const id = await relayer.submit(intent);
      onStatus(relayer.url, "queued");
      const outcome = await relayer.follow(id, (status, hash) => onStatus(relayer.url, status, hash));
      if (outcome.status === "confirmed") return { relayer: relayer.url, transactionHash: outcome.transactionHash };
      fail(outcome.failure);
    } catch (error) {
      if (error instanceof RelayersFailedError) throw error;
      fail(relayerFailure(relayer.url, error));
    }
  }
  throw new RelayersFailedError(failures);
}
