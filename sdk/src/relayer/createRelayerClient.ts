import type { Address, Hash } from "viem";
import { RelayerError } from "./RelayerError.ts";
import { toRelayerJson } from "./relayerJson.ts";
import {
  type IntentKind,
  type IntentState,
  RELAYER_ERROR_CODES,
  type RelayerErrorCode,
  type RelayerIntent,
  type RelayerPolicy,
  type RelayerQuote,
} from "./types.ts";

export type CreateRelayerClientParameters = {
  /** The relayer's base URL, e.g. "https://relay.example.org" (no trailing path). */
  url: string;
  /** How long one request may take before it fails with `Timeout` (default 15 s). */
  timeoutMs?: number;
  /** The fetch to use (default the global one). */
  fetch?: typeof globalThis.fetch;
};

export type WaitForIntentOptions = {
  /** Called with each new status: queued, submitted (with its hash), then confirmed or failed. */
  onStatus?: (state: IntentState) => void;
  /** Between two reads (default 1 s). */
  pollIntervalMs?: number;
  /** Give up with `Timeout` after this long (default 3 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type RelayerClient = {
  readonly url: string;
  /** What the relayer accepts: tokens and minimum fees, sponsored shops, longest deadline. */
  getPolicy(): Promise<RelayerPolicy>;
  /**
   * The fee to put in the signed intent of `kind`, paid in `token`, at the current gas price. A buyer action's quote
   * covers its order's hook: pass `hook` (the order's `terms.hook`) so an order without one is not charged for it.
   */
  quote(parameters: { kind: IntentKind; token: Address; orders?: number; hook?: Address }): Promise<RelayerQuote>;
  /** Hands a signed intent over; the relayer checks and simulates it before answering with its id. */
  submitIntent(intent: RelayerIntent): Promise<{ id: string }>;
  getIntentStatus(id: string): Promise<IntentState>;
  /** Reads the intent's status until it is confirmed (returned) or failed (thrown as a {@link RelayerError}). */
  waitForIntent(id: string, options?: WaitForIntentOptions): Promise<IntentState>;
};

type Json = Record<string, unknown>;

function errorCode(value: unknown): RelayerErrorCode {
  return (RELAYER_ERROR_CODES as readonly unknown[]).includes(value) ? (value as RelayerErrorCode) : "Internal";
}

function policyFromJson(json: Json): RelayerPolicy {
  const policy = json as {
    chainId: number;
    relayer: Address;
    escrow: Address;
    acceptedTokens: { address: Address; symbol: string; decimals: number; minimumFee: string }[];
    sponsoredShops: { shopId: string; remaining: string }[];
    maxDeadlineSeconds: number;
  };
  return {
    ...policy,
    acceptedTokens: policy.acceptedTokens.map((token) => ({ ...token, minimumFee: BigInt(token.minimumFee) })),
    sponsoredShops: policy.sponsoredShops.map((shop) => ({
      shopId: shop.shopId === "*" ? "*" : BigInt(shop.shopId),
      remaining: BigInt(shop.remaining),
    })),
  };
}

function quoteFromJson(json: Json): RelayerQuote {
  const quote = json as { token: Address; fee: string; gasPrice: string; validUntil: number };
  return { ...quote, fee: BigInt(quote.fee), gasPrice: BigInt(quote.gasPrice) };
}

function stateFromJson(json: Json): IntentState {
  const state = json as Omit<IntentState, "receipt" | "transactionHash"> & {
    transactionHash?: Hash;
    receipt?: { blockNumber: string; gasUsed: string; status: "success" | "reverted" };
  };
  const { receipt, ...rest } = state;
  return receipt
    ? { ...rest, receipt: { ...receipt, blockNumber: BigInt(receipt.blockNumber), gasUsed: BigInt(receipt.gasUsed) } }
    : rest;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * A client of one relayer's HTTP API (relayer/README.md), safe in browsers: amounts travel as decimal strings and
 * come back as bigints; every refusal is a {@link RelayerError} with the relayer's `code`.
 * @example
 * const relayer = createRelayerClient({ url: "http://127.0.0.1:7430" })
 * const { fee } = await relayer.quote({ kind: "checkout", token: eurc })
 * const { id } = await relayer.submitIntent({ kind: "checkout", ...signed, fee, tokenPull })
 * await relayer.waitForIntent(id, { onStatus: (state) => console.log(state.status) })
 */
export function createRelayerClient({
  url,
  timeoutMs = 15_000,
  fetch: fetchImpl = globalThis.fetch,
}: CreateRelayerClientParameters): RelayerClient {
  const base = url.replace(/\/+$/, "");

  async function request(path: string, init?: { method: "POST"; body: string }): Promise<Json> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method: init?.method ?? "GET",
        headers: init ? { "content-type": "application/json" } : undefined,
        body: init?.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const isTimeout = error instanceof DOMException && error.name === "TimeoutError";
      throw new RelayerError(
        isTimeout ? "Timeout" : "Network",
        isTimeout ? `The relayer ${base} did not answer within ${timeoutMs} ms` : `The relayer ${base} is unreachable`,
        { cause: error },
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new RelayerError("Network", `The relayer ${base} answered ${response.status} without JSON`, {
        status: response.status,
        cause: error,
      });
    }
    if (!response.ok) {
      const failure = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } }).error;
      throw new RelayerError(errorCode(failure?.code), String(failure?.message ?? `HTTP ${response.status}`), {
        status: response.status,
        details: failure?.details,
      });
    }
    return body as Json;
  }

  async function getIntentStatus(id: string): Promise<IntentState> {
    return stateFromJson(await request(`/intents/${encodeURIComponent(id)}`));
  }

  return {
    url: base,
    getPolicy: async () => policyFromJson(await request("/policy")),
    quote: async (parameters) =>
      quoteFromJson(await request("/quote", { method: "POST", body: toRelayerJson(parameters) })),
    submitIntent: async (intent) => {
      const { id } = await request("/intents", { method: "POST", body: toRelayerJson(intent) });
      return { id: String(id) };
    },
    getIntentStatus,
    async waitForIntent(id, { onStatus, pollIntervalMs = 1_000, timeoutMs: waitMs = 180_000, signal } = {}) {
      const giveUpAt = Date.now() + waitMs;
      let last: string | undefined;
      for (;;) {
        const state = await getIntentStatus(id);
        const seen = `${state.status}:${state.transactionHash ?? ""}`;
        if (seen !== last) onStatus?.(state);
        last = seen;
        if (state.status === "confirmed") return state;
        if (state.status === "failed") {
          const failure = state.error ?? { code: "Internal", message: "The intent failed" };
          throw new RelayerError(failure.code, failure.message, { details: state });
        }
        if (Date.now() + pollIntervalMs > giveUpAt)
          throw new RelayerError("Timeout", `Intent ${id} was still ${state.status} after ${waitMs} ms`);
        await sleep(pollIntervalMs, signal);
      }
    },
  };
}
