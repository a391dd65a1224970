import type { IpfsClient } from "@grandrue/sdk";
import type { RetryPolicy } from "./documentStore.ts";

/** Keeps (pins) each document the indexer validated on the indexer's own IPFS replicas: every indexer is a replica. */
export type DocumentKeeper = {
  /** Stores `bytes` (already verified against `cid`) on the replicas; a failure is retried later, never thrown. */
  keep(cid: string, bytes: Uint8Array): Promise<void>;
  /** Tries again the documents whose retry is due, reading them back from the gateways and replicas. */
  retryDue(): Promise<void>;
  /** How many documents wait for a retry. */
  readonly pending: number;
};

/**
 * A keeper over the SDK's `replicate`. Failed documents are retried with the fetcher's backoff (in memory: after a
 * restart, only documents read again are kept), each failure told to `onError`.
 * @example const keeper = createDocumentKeeper(createIpfsClient({ replicas, gateways }), DEFAULT_RETRY, console.warn)
 */
export function createDocumentKeeper(
  ipfs: Pick<IpfsClient, "replicate">,
  retry: RetryPolicy,
  onError: (error: unknown) => void,
): DocumentKeeper {
  const failed = new Map<string, { attempts: number; dueAt: number }>();

  const attempt = async (cid: string, bytes?: Uint8Array): Promise<void> => {
    try {
      await ipfs.replicate(cid, bytes === undefined ? {} : { bytes });
      failed.delete(cid);
    } catch (error) {
      const attempts = (failed.get(cid)?.attempts ?? 0) + 1;
      const delaySeconds = Math.min(retry.maxSeconds, retry.baseSeconds * 2 ** (attempts - 1));
      failed.set(cid, { attempts, dueAt: Date.now() + delaySeconds * 1000 });
      onError(new Error(`Could not keep ${cid} on the indexer's IPFS replicas: ${(error as Error).message}`));
    }
  };

  return {
    keep: (cid, bytes) => attempt(cid, bytes),
    async retryDue() {
      const now = Date.now();
      for (const [cid, { dueAt }] of [...failed]) if (dueAt <= now) await attempt(cid);
    },
    get pending() {
      return failed.size;
    },
  };
}
