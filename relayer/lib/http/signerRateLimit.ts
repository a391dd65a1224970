import { RelayerError } from "@grandrue/sdk";
import { MemoryStore } from "hono-rate-limiter";
import type { Address } from "viem";

/**
 * Counts intents per signing account, `perMinute` at most (the IP limit cannot stop one signer spread over many
 * addresses from filling the queue). Returns the counter and a `close` that stops its timer.
 */
export function signerRateLimit(perMinute: number): { count: (signer: Address) => void; close: () => void } {
  const store = new MemoryStore();
  store.init({ windowMs: 60_000 } as Parameters<MemoryStore["init"]>[0]);
  return {
    count(signer) {
      const { totalHits, resetTime } = store.increment(signer.toLowerCase());
      if (totalHits <= perMinute) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
      throw new RelayerError("RateLimited", `At most ${perMinute} intents a minute from ${signer}: wait and retry`, {
        details: { retryAfterSeconds },
      });
    },
    close: () => store.shutdown(),
  };
}
