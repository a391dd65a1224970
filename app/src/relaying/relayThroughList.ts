import type { Hash } from "viem";
import type { QuotedFee, QuoteRequest, RelayedStatus, RelayerEndpoint, RelayerFailure } from "./relayerEndpoint.ts";

/**
 * Failures no other relayer can change: the signature is wrong, expired or used, or the contract refuses the action
 * (the order moved on, the tokens are gone). The others (no answer, busy, fee too low, token not accepted or not
 * sponsored, a request it does not take, an internal error) are worth the next relayer.
 */
const FINAL_CODES = new Set([
  "BadSignature",
  "DeadlineExpired",
  "NonceUsed",
  "SimulationReverted",
  "TransactionReverted",
]);

export function isFinalFailure(failure: RelayerFailure): boolean {
  return FINAL_CODES.has(failure.code);
}

/**
 * Turns anything a relayer call threw (the SDK's `RelayerError`, or anything else: `Network`) into a failure naming
 * the relayer; a `SimulationReverted` keeps the contract error the relayer decoded, a `FeeTooLow` the fee it asks.
 */
export function relayerFailure(relayer: string, error: unknown): RelayerFailure {
  const { code, message, details } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    details?: unknown;
  };
  const { name, args, required } = (typeof details === "object" && details !== null ? details : {}) as {
    name?: unknown;
    args?: unknown;
    required?: unknown;
  };
  return {
    relayer,
    code: typeof code === "string" && code !== "" ? code : "Network",
    message: typeof message === "string" ? message : String(error),
    ...(typeof name === "string" && { revert: { name, args: (args ?? {}) as Record<string, unknown> } }),
    ...(typeof required === "string" && /^[0-9]+$/.test(required) && { required: BigInt(required) }),
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
 * The first relayer, in the shopper's order, that quotes a fee for the request, with the failures of those before it.
 * @throws RelayersFailedError when none quotes.
 */
export async function firstQuote<Intent>(
  relayers: readonly RelayerEndpoint<Intent>[],
  request: QuoteRequest,
): Promise<{ quote: QuotedFee; failures: RelayerFailure[] }> {
  const failures: RelayerFailure[] = [];
  for (const relayer of relayers) {
    try {
      return { quote: { relayer: relayer.url, token: request.token, fee: await relayer.quote(request) }, failures };
    } catch (error) {
      failures.push(relayerFailure(relayer.url, error));
    }
  }
  throw new RelayersFailedError(failures);
}

export type RelayOptions<Intent> = {
  /** The relayers to try, the quoted one first. */
  relayers: readonly RelayerEndpoint<Intent>[];
  /** What the fee was quoted for: the next relayer is asked the same. */
  quoteRequest: QuoteRequest;
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
  const { relayers, quoteRequest, signedFee, intent, onStatus, onFailure } = options;
  const failures: RelayerFailure[] = [];
  const fail = (failure: RelayerFailure) => {
    failures.push(failure);
    if (isFinalFailure(failure)) throw new RelayersFailedError(failures);
    onFailure(failure);
  };
  for (const [index, relayer] of relayers.entries()) {
    try {
      if (index > 0 && signedFee > 0n) {
        const fee = await relayer.quote(quoteRequest);
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
