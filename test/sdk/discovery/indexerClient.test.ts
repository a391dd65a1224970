import {
  getIndexerInfo,
  IndexerQueryError,
  IndexerRateLimitedError,
  IndexerUnavailableError,
  indexerSearchParams,
  searchIndexer,
} from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

const INDEXER = "https://index.example/";
const answer = {
  chainId: 31337,
  block: { number: 12, timestamp: 1_700_000_000 },
  terms: [{ term: "pain", typos: [] }],
  offset: 0,
  limit: 20,
  hasMore: false,
  results: [
    {
      shopId: "12345678901234567890",
      metadataCid: "bafkreim",
      catalogCid: null,
      status: "listed",
      distanceMetres: 12.5,
      isFarther: false,
      score: 0.5,
      matchedItems: ["pain"],
    },
  ],
};

/** A fetch that answers `status` with `body` and records the URL asked. */
function fakeFetch(status: number, body: unknown, asked: string[] = []): typeof fetch {
  return async (input) => {
    asked.push(String(input));
    return new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  };
}

describe("the indexer client", () => {
  test("sends the query as GET /search parameters and reads shop ids as bigints", async () => {
    const asked: string[] = [];
    const response = await searchIndexer(
      INDEXER,
      {
        text: "pain au levain",
        near: { lat: 47.7, lon: 2.4 },
        categories: ["bakery", "farm"],
        attested: { label: "bio", issuers: ["0xabc"] },
        limit: 5,
      },
      { fetch: fakeFetch(200, answer, asked) },
    );
    expect(asked).toEqual([
      "https://index.example/search?q=pain+au+levain&lat=47.7&lon=2.4&category=bakery&category=farm&attested=bio&issuer=0xabc&limit=5",
    ]);
    expect(response.results[0]?.shopId).toBe(12345678901234567890n);
    expect(response.block?.number).toBe(12);
  });

  test("leaves out empty text and unset options", () => {
    expect(indexerSearchParams({ text: "  " }).toString()).toBe("");
  });

  test("turns 400 into an IndexerQueryError naming the parameter and 429 into IndexerRateLimitedError", async () => {
    await expect(
      searchIndexer(
        INDEXER,
        {},
        { fetch: fakeFetch(400, { error: "bad-request", parameter: "lat", message: "lat: out of range" }) },
      ),
    ).rejects.toMatchObject({
      name: IndexerQueryError.name,
      parameter: "lat",
    });
    await expect(
      searchIndexer(INDEXER, {}, { fetch: fakeFetch(429, { error: "rate-limited", message: "wait" }) }),
    ).rejects.toBeInstanceOf(IndexerRateLimitedError);
  });

  test("calls an indexer unavailable when it fails, answers something else, is unreachable or too slow", async () => {
    await expect(searchIndexer(INDEXER, {}, { fetch: fakeFetch(502, "Bad gateway") })).rejects.toBeInstanceOf(
      IndexerUnavailableError,
    );
    await expect(searchIndexer(INDEXER, {}, { fetch: fakeFetch(200, { results: "none" }) })).rejects.toThrow(
      /not the indexer API/,
    );
    await expect(
      searchIndexer(
        INDEXER,
        {},
        { fetch: fakeFetch(200, { ...answer, results: [{ ...answer.results[0], shopId: "-1" }] }) },
      ),
    ).rejects.toBeInstanceOf(IndexerUnavailableError);
    const refused: typeof fetch = async () => {
      throw new TypeError("fetch failed");
    };
    await expect(getIndexerInfo(INDEXER, { fetch: refused })).rejects.toThrow(/unreachable/);
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    await expect(getIndexerInfo(INDEXER, { fetch: silent, timeoutMs: 20 })).rejects.toThrow(/no answer in time/);
  });

  test("rethrows the caller's own abort as is", async () => {
    const controller = new AbortController();
    const reason = new Error("the shopper typed again");
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    const pending = searchIndexer(INDEXER, { text: "pain" }, { fetch: silent, signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
