/**
 * The SDK's relayer client against a fake relayer (a fetch that answers as relayer/README.md says): amounts come back
 * as bigints, refusals as RelayerError with their code, and waitForIntent follows the statuses.
 */
import { createRelayerClient, type IntentState, RelayerError } from "@grandrue/sdk";
import { describe, expect, it } from "vitest";

const TOKEN = "0x0000000000000000000000000000000000000E0C";

function fakeRelayer(answers: Record<string, (body: unknown) => { status: number; body: unknown }>) {
  const seen: { method: string; path: string; body: unknown }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    seen.push({ method: init?.method ?? "GET", path, body });
    const answer = answers[`${init?.method ?? "GET"} ${path}`];
    if (!answer) return new Response(JSON.stringify({ error: { code: "NotFound", message: "no" } }), { status: 404 });
    const { status, body: json } = answer(body);
    return new Response(JSON.stringify(json), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

describe("createRelayerClient", () => {
  it("reads the policy and a quote with amounts as bigints", async () => {
    const { fetch, seen } = fakeRelayer({
      "GET /policy": () => ({
        status: 200,
        body: {
          chainId: 31337,
          relayer: "0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f",
          escrow: TOKEN,
          acceptedTokens: [{ address: TOKEN, symbol: "EURC", decimals: 6, minimumFee: "10000" }],
          sponsoredShops: [
            { shopId: "*", remaining: "1000000000000000000" },
            { shopId: "3", remaining: "5" },
          ],
          maxDeadlineSeconds: 3600,
        },
      }),
      "POST /quote": () => ({
        status: 200,
        body: { token: TOKEN, fee: "41250", gasPrice: "1875000000", validUntil: 1_764_950_520 },
      }),
    });
    const relayer = createRelayerClient({ url: "http://relayer.test/", fetch });
    const policy = await relayer.getPolicy();
    expect(policy.acceptedTokens[0]!.minimumFee).toBe(10_000n);
    expect(policy.sponsoredShops).toEqual([
      { shopId: "*", remaining: 10n ** 18n },
      { shopId: 3n, remaining: 5n },
    ]);
    const quote = await relayer.quote({ kind: "checkout", token: TOKEN, orders: 2 });
    expect(quote).toEqual({ token: TOKEN, fee: 41_250n, gasPrice: 1_875_000_000n, validUntil: 1_764_950_520 });
    expect(seen[1]).toEqual({ method: "POST", path: "/quote", body: { kind: "checkout", token: TOKEN, orders: 2 } });
  });

  it("sends bigints as decimal strings and throws refusals as RelayerError with code, status and details", async () => {
    const { fetch, seen } = fakeRelayer({
      "POST /intents": () => ({
        status: 402,
        body: { error: { code: "FeeTooLow", message: "too low", details: { required: "41250" } } },
      }),
    });
    const relayer = createRelayerClient({ url: "http://relayer.test", fetch });
    const error = await relayer
      .submitIntent({ kind: "review", fee: 5n } as never)
      .catch((thrown: unknown) => thrown as RelayerError);
    expect(error).toBeInstanceOf(RelayerError);
    expect(error).toMatchObject({ code: "FeeTooLow", status: 402, details: { required: "41250" } });
    expect(seen[0]!.body).toEqual({ kind: "review", fee: "5" });
  });

  it("says Network when the relayer is unreachable or answers without JSON, and Timeout when it is too slow", async () => {
    const down = createRelayerClient({
      url: "http://relayer.test",
      fetch: (async () => {
        throw new TypeError("fetch failed");
      }) as typeof globalThis.fetch,
    });
    await expect(down.getPolicy()).rejects.toMatchObject({ code: "Network" });
    const html = createRelayerClient({
      url: "http://relayer.test",
      fetch: (async () => new Response("<html>", { status: 502 })) as typeof globalThis.fetch,
    });
    await expect(html.getPolicy()).rejects.toMatchObject({ code: "Network", status: 502 });
    const slow = createRelayerClient({
      url: "http://relayer.test",
      timeoutMs: 20,
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal!.addEventListener("abort", () => reject(init.signal!.reason)),
        )) as unknown as typeof globalThis.fetch,
    });
    await expect(slow.getPolicy()).rejects.toMatchObject({ code: "Timeout" });
  });

  it("waits through queued and submitted to confirmed, telling each status once, and throws a failure's code", async () => {
    const states: Record<string, unknown>[] = [
      { id: "a", kind: "checkout", status: "queued" },
      { id: "a", kind: "checkout", status: "queued" },
      { id: "a", kind: "checkout", status: "submitted", transactionHash: "0xab" },
      {
        id: "a",
        kind: "checkout",
        status: "confirmed",
        transactionHash: "0xab",
        receipt: { blockNumber: "12", gasUsed: "177673", status: "success" },
      },
    ];
    const { fetch } = fakeRelayer({ "GET /intents/a": () => ({ status: 200, body: states.shift() }) });
    const relayer = createRelayerClient({ url: "http://relayer.test", fetch });
    const seen: IntentState["status"][] = [];
    const done = await relayer.waitForIntent("a", { pollIntervalMs: 1, onStatus: (state) => seen.push(state.status) });
    expect(seen).toEqual(["queued", "submitted", "confirmed"]);
    expect(done.receipt).toEqual({ blockNumber: 12n, gasUsed: 177_673n, status: "success" });

    const failed = fakeRelayer({
      "GET /intents/b": () => ({
        status: 200,
        body: { id: "b", kind: "review", status: "failed", error: { code: "NonceUsed", message: "used" } },
      }),
    });
    await expect(
      createRelayerClient({ url: "http://relayer.test", fetch: failed.fetch }).waitForIntent("b"),
    ).rejects.toMatchObject({ code: "NonceUsed" });
  });
});
