import {
  type Abi,
  type AbiEvent,
  type Address,
  formatLog,
  type Hex,
  HttpRequestError,
  type LogTopic,
  numberToHex,
  type ParseEventLogsReturnType,
  parseEventLogs,
  TimeoutError,
  toEventSelector,
} from "viem";
import { getBlockNumber } from "viem/actions";
import type { MarketReadClient } from "./client.ts";
import { GetLogsError } from "./errors.ts";

/** A filter on one indexed argument: a topic, any of several, or `null` for any value. */
export type TopicFilter = Hex | readonly Hex[] | null;

export type GetLogsInRangesParameters<events extends Abi> = {
  /** The contract (or contracts) that emitted the logs. */
  address: Address | readonly Address[];
  /** The events to read and decode (other ABI items are ignored; a whole ABI reads all its events). */
  events: events;
  /** Filters on the indexed arguments, for topic positions 1–3 in order (build them with `toTopic`). */
  topics?: readonly TopicFilter[];
  /** First block to scan, usually the contract's deployment block. */
  fromBlock: bigint;
  /** Last block to scan. Defaults to the latest block. */
  toBlock?: bigint;
  /** Most blocks asked for in one request (default 10,000). Halved while the node answers "too many results". */
  blockRange?: bigint;
  /** Retries of one request on a transient failure (rate limit, timeout, 5xx), default 5. */
  retryCount?: number;
  /** Wait before the first retry in ms (default 250), doubled at each further retry. */
  retryDelay?: number;
};

export type GetLogsInRangesReturnType<events extends Abi> = ParseEventLogsReturnType<events, undefined, true>;

const DEFAULT_BLOCK_RANGE = 10_000n;
const DEFAULT_RETRY_COUNT = 5;
const DEFAULT_RETRY_DELAY_MS = 250;

/** What nodes answer when a range holds too many logs or blocks: a smaller range will succeed. */
const RANGE_TOO_LARGE =
  /query returned more than|more than \d+ results|response size|block range|range (is )?too (large|wide|big)|is limited to|too many (results|logs|blocks)|maximum (allowed )?(number of )?(requested )?blocks/i;
/** What nodes answer when they are overloaded or rate limit the caller: the same request may succeed later. */
const TEMPORARILY_UNAVAILABLE =
  /rate limit|too many requests|\b429\b|temporarily unavailable|timed? ?out|capacity|throughput/i;
/** JSON-RPC codes of transient failures: rate limited (429, -32005), internal error, resource unavailable. */
const TRANSIENT_CODES = new Set([429, -32005, -32603, -32002, -32007]);
const TRANSIENT_HTTP_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 16; ) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function errorText(error: unknown): string {
  return causes(error)
    .map((cause) => {
      const { message, details } = cause as { message?: unknown; details?: unknown };
      return `${typeof message === "string" ? message : String(cause)} ${typeof details === "string" ? details : ""}`;
    })
    .join("\n");
}

/** Whether the node refused the range as too large (too many logs or blocks). */
export function isRangeTooLargeError(error: unknown): boolean {
  return RANGE_TOO_LARGE.test(errorText(error));
}

/** Whether the failure is transient: rate limiting, a timeout, an unreachable or overloaded node. */
export function isTransientRpcError(error: unknown): boolean {
  return causes(error).some((cause) => {
    if (cause instanceof TimeoutError) return true;
    if (cause instanceof HttpRequestError)
      return cause.status === undefined || TRANSIENT_HTTP_STATUSES.has(cause.status);
    const { code } = cause as { code?: unknown };
    if (typeof code === "number" && TRANSIENT_CODES.has(code)) return true;
    return TEMPORARILY_UNAVAILABLE.test(errorText(cause));
  });
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * Reads and decodes the logs of some events from `fromBlock` to `toBlock` in bounded ranges, so that it works on
 * public RPC endpoints that cap `eth_getLogs`: a range the node refuses as too large is halved (and grows back
 * after each success), and a transient failure (HTTP 429, rate limit, timeout, 5xx) is retried with exponential
 * back-off. Logs come back in chain order. Every reader of the SDK goes through here.
 * @example
 * const paid = await getLogsInRanges(client, {
 *   address: deployment.contracts.Escrow.address,
 *   events: [getAbiItem({ abi: escrowAbi, name: "OrderPaid" })],
 *   topics: [null, toTopic(shopId)],
 *   fromBlock: BigInt(deployment.contracts.Escrow.blockNumber),
 * })
 */
export async function getLogsInRanges<const events extends Abi>(
  client: MarketReadClient,
  parameters: GetLogsInRangesParameters<events>,
): Promise<GetLogsInRangesReturnType<events>> {
  const { address, events, fromBlock } = parameters;
  const maxRange = parameters.blockRange ?? DEFAULT_BLOCK_RANGE;
  const retryCount = parameters.retryCount ?? DEFAULT_RETRY_COUNT;
  const retryDelay = parameters.retryDelay ?? DEFAULT_RETRY_DELAY_MS;
  if (maxRange < 1n) throw new RangeError("blockRange must be at least 1 block");
  const endBlock = parameters.toBlock ?? (await getBlockNumber(client, { cacheTime: 0 }));
  const selectors = events
    .filter((item): item is AbiEvent => item.type === "event")
    .map((event) => toEventSelector(event));
  if (selectors.length === 0) throw new TypeError("getLogsInRanges needs at least one event");
  const topics = [selectors, ...(parameters.topics ?? [])] as LogTopic[];
  const addresses = typeof address === "string" ? address : [...address];

  async function request(from: bigint, to: bigint) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await client.request({
          method: "eth_getLogs",
          params: [{ address: addresses, topics, fromBlock: numberToHex(from), toBlock: numberToHex(to) }],
        });
      } catch (error) {
        if (isRangeTooLargeError(error) || !isTransientRpcError(error) || attempt >= retryCount) throw error;
        await sleep(retryDelay * 2 ** attempt);
      }
    }
  }

  const rpcLogs = [];
  let size = maxRange;
  for (let from = fromBlock; from <= endBlock; ) {
    const to = from + size - 1n < endBlock ? from + size - 1n : endBlock;
    try {
      rpcLogs.push(...(await request(from, to)));
    } catch (error) {
      if (to > from && isRangeTooLargeError(error)) {
        size = (to - from + 1n) / 2n;
        continue;
      }
      throw new GetLogsError(from, to, error);
    }
    from = to + 1n;
    size = size * 2n < maxRange ? size * 2n : maxRange;
  }
  return parseEventLogs({
    abi: events,
    logs: rpcLogs.map((log) => formatLog(log)),
    strict: true,
  }) as GetLogsInRangesReturnType<events>;
}
