import { parseCid } from "./cid.ts";
import { ContentMismatchError, GatewayHttpError, GatewayTimeoutError, GatewayUnreachableError } from "./errors.ts";
import { readFromGateway } from "./readFromGateway.ts";
import type { IpfsReplica } from "./replicas.ts";

/**
 * What one replica answers for one CID, read from its gateway and verified: it `holds` the content, does not have
 * it (`missing`), sends other bytes (`lying`), does not answer (`unreachable`), or fails otherwise (`failing`).
 */
export type ReplicaHoldingState = "holds" | "missing" | "lying" | "unreachable" | "failing";

export type ReplicaHolding = { replica: string; state: ReplicaHoldingState; detail?: string };

/** Every configured replica's answer for one CID. */
export type CidReplicas = {
  cid: string;
  /** In the order of the configured replicas. */
  replicas: ReplicaHolding[];
  /** How many replicas hold it, verified. */
  held: number;
};

export type CheckReplicasOptions = {
  timeoutMs: number;
  maxBytes: number;
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Reads at once, over all CIDs and replicas. @default 8 */
  concurrency?: number;
};

async function holding(replica: IpfsReplica, cid: string, options: CheckReplicasOptions): Promise<ReplicaHolding> {
  const { name } = replica;
  try {
    // A browser caches gateway answers for a year (content is immutable): the check must reach the node itself.
    await readFromGateway(replica.gatewayUrl, parseCid(cid), { ...options, cache: "no-store" });
    return { replica: name, state: "holds" };
  } catch (error) {
    if (options.signal?.aborted === true) throw options.signal.reason;
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof ContentMismatchError) return { replica: name, state: "lying", detail };
    if (error instanceof GatewayHttpError && error.status === 404) return { replica: name, state: "missing", detail };
    if (error instanceof GatewayUnreachableError || error instanceof GatewayTimeoutError)
      return { replica: name, state: "unreachable", detail };
    return { replica: name, state: "failing", detail };
  }
}

/**
 * Asks every replica's gateway for every CID and verifies each answer against the CID, so a replica holding other
 * bytes is caught as `lying`, never counted. Reads run `concurrency` at a time.
 * @example const [catalog] = await checkReplicas(replicas, [catalogCid], { timeoutMs: 10_000, maxBytes: 8 << 20, fetch })
 */
export async function checkReplicas(
  replicas: readonly IpfsReplica[],
  cids: readonly string[],
  options: CheckReplicasOptions,
): Promise<CidReplicas[]> {
  const results = cids.map((cid) => ({ cid, replicas: new Array<ReplicaHolding>(replicas.length), held: 0 }));
  const tasks = results.flatMap((result) => replicas.map((replica, index) => ({ result, replica, index })));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const { result, replica, index } = tasks[next++]!;
      result.replicas[index] = await holding(replica, result.cid, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, tasks.length) }, worker));
  for (const result of results) result.held = result.replicas.filter(({ state }) => state === "holds").length;
  return results;
}
