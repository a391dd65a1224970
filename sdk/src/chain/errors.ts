/** Reading the logs of a block range failed even after splitting the range and retrying. */
export class GetLogsError extends Error {
  readonly fromBlock: bigint;
  readonly toBlock: bigint;

  constructor(fromBlock: bigint, toBlock: bigint, cause: unknown) {
    const reason =
      cause instanceof Error ? ((cause as { shortMessage?: string }).shortMessage ?? cause.message) : String(cause);
    super(`Could not read the logs of blocks ${fromBlock}–${toBlock}: ${reason}`, { cause });
    this.name = "GetLogsError";
    this.fromBlock = fromBlock;
    this.toBlock = toBlock;
  }
}

/** A transaction succeeded but its receipt lacks the event the SDK reads its result from (wrong contract address?). */
export class MissingEventError extends Error {
  constructor(eventName: string, hash: string) {
    super(`Transaction ${hash} emitted no ${eventName} event`);
    this.name = "MissingEventError";
  }
}
