import type { IndexerInfoResponse } from "@grandrue/sdk";
import { getIndexerInfo } from "@grandrue/sdk";

/**
 * Polls `GET /info` until the indexer has applied `block`, has read at least `documents` documents (valid or not)
 * and has none of the current ones left to read.
 */
export async function waitForIndexer(
  url: string,
  { block, documents, timeoutMs = 90_000 }: { block: bigint | number; documents?: number; timeoutMs?: number },
): Promise<IndexerInfoResponse> {
  const deadline = Date.now() + timeoutMs;
  let info: IndexerInfoResponse | undefined;
  while (Date.now() < deadline) {
    info = await getIndexerInfo(url).catch(() => undefined);
    const read = info === undefined ? 0 : info.documents.ok + info.documents.invalid;
    if (
      info !== undefined &&
      (info.block?.number ?? -1) >= Number(block) &&
      read >= (documents ?? 0) &&
      info.documents.pending === 0
    )
      return info;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `the indexer at ${url} did not reach block ${block} with ${documents ?? 0} documents in time (last: ${JSON.stringify(info)})`,
  );
}

/** Polls `check` until it returns true. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting until ${what}`);
}
