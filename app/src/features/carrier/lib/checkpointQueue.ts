import type { SignedCheckpoint } from "@grandrue/sdk";
import { type SignedCheckpointJson, signedCheckpointFromJson, signedCheckpointToJson } from "./signedCheckpoints.ts";

/**
 * Checkpoints signed on this device and not relayed yet, kept in localStorage (they hold no secret: anyone may relay
 * them, and only the order's carrier could sign them), so a courier without signal or without gas loses nothing.
 */
const listeners = new Set<() => void>();
const snapshots = new Map<number, SignedCheckpoint[]>();

function storageKey(chainId: number): string {
  return `grandrue.checkpointQueue.${chainId}`;
}

function read(chainId: number): SignedCheckpoint[] {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(chainId)) ?? "[]") as unknown[];
    return stored.flatMap((entry) => {
      try {
        return [signedCheckpointFromJson(entry)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function write(chainId: number, queue: SignedCheckpoint[]): void {
  localStorage.setItem(
    storageKey(chainId),
    JSON.stringify(queue.map(signedCheckpointToJson) satisfies SignedCheckpointJson[]),
  );
  snapshots.set(chainId, queue);
  for (const listener of listeners) listener();
}

function isSame(a: SignedCheckpoint, b: SignedCheckpoint): boolean {
  return a.signature.toLowerCase() === b.signature.toLowerCase();
}

export const checkpointQueue = {
  /** The queue (the same array until it changes, for `useSyncExternalStore`). */
  get(chainId: number): SignedCheckpoint[] {
    let queue = snapshots.get(chainId);
    if (queue === undefined) {
      queue = read(chainId);
      snapshots.set(chainId, queue);
    }
    return queue;
  },
  add(chainId: number, signed: SignedCheckpoint): void {
    const queue = checkpointQueue.get(chainId);
    if (!queue.some((entry) => isSame(entry, signed))) write(chainId, [...queue, signed]);
  },
  remove(chainId: number, signed: SignedCheckpoint): void {
    write(
      chainId,
      checkpointQueue.get(chainId).filter((entry) => !isSame(entry, signed)),
    );
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
