import type { PublicClient } from "viem";

/** Moves the local chain's clock, so the demo's past orders have a believable history. */
export function chainClock(publicClient: PublicClient) {
  const request = publicClient.request as (args: { method: string; params?: unknown[] }) => Promise<unknown>;
  return {
    async now(): Promise<number> {
      return Number((await publicClient.getBlock()).timestamp);
    },
    /** Advances the clock by `seconds` and mines a block. */
    async advance(seconds: number): Promise<void> {
      await request({ method: "evm_increaseTime", params: [Math.round(seconds)] });
      await request({ method: "evm_mine" });
    },
    /** Brings the clock to `timestamp` (never backwards) and mines a block. */
    async catchUpTo(timestamp: number): Promise<void> {
      if ((await this.now()) >= timestamp) return;
      await request({ method: "evm_setNextBlockTimestamp", params: [timestamp] });
      await request({ method: "evm_mine" });
    },
  };
}
