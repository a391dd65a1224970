import {
  GetLogsError,
  getLogsInRanges,
  isRangeTooLargeError,
  isTransientRpcError,
  publishCatalog,
  shopEvents,
  toTopic,
} from "@grandrue/sdk";
import { createPublicClient, custom, type EIP1193RequestFn, type Hex, HttpRequestError, hexToBigInt } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";

let market: Market;
let fromBlock: bigint;
let toBlock: bigint;
const CATALOGS = 12;

beforeAll(async () => {
  market = await createMarket();
  fromBlock = BigInt(market.deployment.contracts.ShopRegistry.blockNumber);
  for (let version = 0; version < CATALOGS; version += 1) {
    await publishCatalog(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      catalogCid: cidOf(`catalog ${version}`),
    });
    await market.networkHelpers.mine(5);
  }
  toBlock = await market.publicClient.getBlockNumber();
});

type EthGetLogsRange = { fromBlock: Hex; toBlock: Hex };

/** A client whose node answers `eth_getLogs` through `answer`, every other request through the in-process chain. */
function clientWith(answer: (range: { from: bigint; to: bigint }, call: number) => Error | undefined) {
  const ranges: { from: bigint; to: bigint }[] = [];
  const request: EIP1193RequestFn = async ({ method, params }) => {
    if (method === "eth_getLogs") {
      const [filter] = params as [EthGetLogsRange];
      const range = { from: hexToBigInt(filter.fromBlock), to: hexToBigInt(filter.toBlock) };
      ranges.push(range);
      const failure = answer(range, ranges.length);
      if (failure) throw failure;
    }
    return market.connection.provider.request({ method, params: params as unknown[] });
  };
  const client = createPublicClient({
    chain: market.publicClient.chain,
    transport: custom({ request }, { retryCount: 0 }),
  });
  return { client, ranges };
}

function readCatalogs(
  client: Parameters<typeof getLogsInRanges>[0],
  options: { blockRange?: bigint; retryCount?: number } = {},
) {
  return getLogsInRanges(client, {
    address: market.deployment.contracts.ShopRegistry.address,
    events: shopEvents,
    topics: [toTopic(market.shopId)],
    fromBlock,
    toBlock,
    retryDelay: 1,
    ...options,
  });
}

const tooManyResults = () => Object.assign(new Error("query returned more than 10000 results"), { code: -32005 });
const rateLimited = () =>
  new HttpRequestError({ url: "https://rpc.example", status: 429, details: "Too Many Requests" });

describe("getLogsInRanges", () => {
  test("reads every matching log of a long range in bounded requests, in chain order", async () => {
    const { client, ranges } = clientWith(() => undefined);
    const logs = await readCatalogs(client, { blockRange: 5n });
    const catalogs = logs.filter((log) => log.eventName === "CatalogPublished");
    expect(catalogs).toHaveLength(CATALOGS + 1);
    expect(logs.map((log) => log.blockNumber)).toEqual(
      [...logs.map((log) => log.blockNumber)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(ranges.every(({ from, to }) => to - from + 1n <= 5n)).toBe(true);
    expect(ranges[0]!.from).toBe(fromBlock);
    expect(ranges.at(-1)!.to).toBe(toBlock);
  });

  test("halves a range the node refuses as too large and grows it back after successes", async () => {
    // A node that is busy at first: it refuses more than 8 blocks in its first two answers.
    const { client, ranges } = clientWith(({ from, to }, call) =>
      call <= 2 && to - from + 1n > 8n ? tooManyResults() : undefined,
    );
    const reference = await readCatalogs(market.publicClient, { blockRange: 1_000n });
    const logs = await readCatalogs(client, { blockRange: 32n });
    expect(logs.map((log) => log.transactionHash)).toEqual(reference.map((log) => log.transactionHash));
    const sizes = ranges.map(({ from, to }) => to - from + 1n);
    expect(toBlock - fromBlock).toBeGreaterThan(64n);
    expect(sizes.slice(0, 5)).toEqual([32n, 16n, 8n, 16n, 32n]);
    // Every block was read exactly once, without gaps.
    const accepted = ranges.slice(2);
    expect(accepted.reduce((sum, { from, to }) => sum + (to - from + 1n), 0n)).toBe(toBlock - fromBlock + 1n);
    accepted.slice(1).forEach((range, index) => {
      expect(range.from).toBe(accepted[index]!.to + 1n);
    });
  });

  test("retries a rate-limited request with back-off until the node answers", async () => {
    const { client, ranges } = clientWith((_, call) => (call <= 3 ? rateLimited() : undefined));
    const logs = await readCatalogs(client, { retryCount: 5 });
    expect(logs.filter((log) => log.eventName === "CatalogPublished")).toHaveLength(CATALOGS + 1);
    expect(ranges).toHaveLength(4);
  });

  test("gives up with a GetLogsError naming the range after its retries", async () => {
    const { client, ranges } = clientWith(() => rateLimited());
    const error = await readCatalogs(client, { retryCount: 2 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GetLogsError);
    expect((error as GetLogsError).fromBlock).toBe(fromBlock);
    expect((error as GetLogsError).toBlock).toBe(toBlock);
    expect(ranges).toHaveLength(3);
  });

  test("does not retry an error that a retry cannot fix", async () => {
    const { client, ranges } = clientWith(() =>
      Object.assign(new Error("invalid argument 0: hex string without 0x prefix"), { code: -32602 }),
    );
    await expect(readCatalogs(client)).rejects.toThrow(GetLogsError);
    expect(ranges).toHaveLength(1);
  });

  test("fails when even a single block holds too many results", async () => {
    const { client } = clientWith(() => tooManyResults());
    const error = await readCatalogs(client, { blockRange: 4n }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GetLogsError);
    expect((error as GetLogsError).fromBlock).toBe((error as GetLogsError).toBlock);
  });

  test("refuses a block range below one block", async () => {
    await expect(readCatalogs(market.publicClient, { blockRange: 0n })).rejects.toThrow(RangeError);
  });
});

describe("RPC error classification", () => {
  test.each([
    "query returned more than 10000 results",
    "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
    "eth_getLogs is limited to a 10,000 range",
    "block range is too wide",
    "exceed maximum block range: 5000",
    "Maximum allowed number of requested blocks is 50000",
  ])("recognises %j as a range too large", (message) => {
    expect(isRangeTooLargeError(new Error(message))).toBe(true);
  });

  test("recognises rate limits, timeouts and overloaded nodes as transient", () => {
    expect(isTransientRpcError(rateLimited())).toBe(true);
    expect(isTransientRpcError(new HttpRequestError({ url: "https://rpc.example", status: 503 }))).toBe(true);
    expect(isTransientRpcError(new HttpRequestError({ url: "https://rpc.example" }))).toBe(true);
    expect(
      isTransientRpcError(
        Object.assign(new Error("daily request count exceeded, request rate limited"), { code: -32005 }),
      ),
    ).toBe(true);
    expect(isTransientRpcError(new HttpRequestError({ url: "https://rpc.example", status: 401 }))).toBe(false);
    expect(isTransientRpcError(Object.assign(new Error("method not found"), { code: -32601 }))).toBe(false);
  });
});
