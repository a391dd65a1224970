import { CarWriter } from "@ipld/car/writer";
import type { KuboRPCClient } from "kubo-rpc-client";
import { create } from "kubo-rpc-client";
import type { CID } from "multiformats/cid";
import type { ReplicaFailure } from "./errors.ts";
import type { IpfsBlock } from "./fileBlocks.ts";
import type { IpfsReplica } from "./replicas.ts";

/**
 * The network side of writes, loaded on the first write (with kubo-rpc-client and the CAR writer) so read-only
 * pages never download it.
 */

/** A CARv1 of `blocks` with `root` as its only root. */
export async function carOf(root: CID, blocks: readonly IpfsBlock[]): Promise<Uint8Array> {
  const { writer, out } = CarWriter.create([root]);
  const chunks: Uint8Array[] = [];
  const collecting = (async () => {
    for await (const chunk of out) chunks.push(chunk);
  })();
  for (const block of blocks) await writer.put(block);
  await writer.close();
  await collecting;
  const car = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    car.set(chunk, offset);
    offset += chunk.length;
  }
  return car;
}

const clients = new WeakMap<IpfsReplica, KuboRPCClient>();

function kuboFor(replica: IpfsReplica): KuboRPCClient {
  let client = clients.get(replica);
  if (client === undefined) {
    const headers = replica.token === undefined ? undefined : { Authorization: `Bearer ${replica.token}` };
    client = create({ url: replica.apiUrl, headers });
    clients.set(replica, client);
  }
  return client;
}

/**
 * Uploads a CAR to one replica (`dag/import`, roots pinned) and checks it pinned `root`.
 * @returns `undefined` when stored, else why not (a failure is an answer, never a throw).
 */
export async function uploadCar(
  replica: IpfsReplica,
  root: CID,
  car: Uint8Array,
  options: { signal: AbortSignal; timeoutMs: number },
): Promise<ReplicaFailure | undefined> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const failure = (reason: ReplicaFailure["reason"], message: string, status?: number): ReplicaFailure => ({
    replica: replica.name,
    apiUrl: replica.apiUrl,
    reason,
    message,
    ...(status === undefined ? {} : { status }),
  });
  try {
    const roots = kuboFor(replica).dag.import([car], {
      pinRoots: true,
      signal: AbortSignal.any([options.signal, timeout]),
    });
    for await (const { root: imported } of roots) {
      if (!imported.cid.equals(root)) continue;
      return imported.pinErrorMsg ? failure("refused", imported.pinErrorMsg) : undefined;
    }
    return failure("refused", `the node did not report ${root} as imported`);
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (timeout.aborted) return failure("timeout", `no answer within ${options.timeoutMs} ms`);
    const status = (error as { response?: Response }).response?.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === undefined) return failure("unreachable", message);
    if (status === 401) return failure("unauthorized", message, status);
    if (status === 403) return failure("forbidden", message, status);
    return failure("refused", message, status);
  }
}
