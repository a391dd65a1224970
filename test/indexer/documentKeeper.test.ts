import { expect, test, vi } from "vitest";
import { createDocumentKeeper } from "../../indexer/lib/documents/documentKeeper.ts";

test("a document the replicas refused is retried once due, read back from the network, then forgotten", async () => {
  vi.useFakeTimers();
  try {
    const replicate = vi.fn().mockRejectedValueOnce(new Error("HTTP 401")).mockResolvedValue({});
    const errors: string[] = [];
    const keeper = createDocumentKeeper({ replicate }, { baseSeconds: 5, maxSeconds: 60 }, (error) =>
      errors.push((error as Error).message),
    );
    const bytes = new Uint8Array([1, 2, 3]);

    await keeper.keep("bafkreiexample", bytes);
    expect(replicate).toHaveBeenLastCalledWith("bafkreiexample", { bytes });
    expect(errors).toEqual(["Could not keep bafkreiexample on the indexer's IPFS replicas: HTTP 401"]);
    expect(keeper.pending).toBe(1);

    await keeper.retryDue();
    expect(replicate).toHaveBeenCalledTimes(1); // not due yet
    vi.advanceTimersByTime(5_000);
    await keeper.retryDue();
    expect(replicate).toHaveBeenLastCalledWith("bafkreiexample", {});
    expect(keeper.pending).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});
