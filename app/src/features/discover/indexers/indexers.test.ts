import { afterEach, describe, expect, test, vi } from "vitest";
import { TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import { chooseSearchSource } from "./indexerChoice.ts";
import { parseIndexerPreference } from "./indexerPreference.ts";
import { allowedIndexerOrigins, parseOwnIndexerUrl } from "./ownIndexerUrl.ts";

const info = (deployment = TEST_DEPLOYMENT) => ({
  service: "grandrue-indexer",
  chainId: deployment.chainId,
  deployment,
  block: { number: 9, timestamp: 1 },
  documents: { ok: 2, invalid: 0, unreachable: 0, pending: 0 },
  features: { typoIndex: "pg_trgm" },
});

/** A fetch where each indexer (by origin) answers `/info` with this body, or is down when absent. */
function indexers(answers: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (input: string) => {
    asked.push(input);
    const answer = answers[new URL(input).origin];
    if (answer === undefined) throw new TypeError("fetch failed");
    return Response.json(answer);
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("the shopper's own indexer URL", () => {
  const allowed = allowedIndexerOrigins(["https://index.example.org/fr"], "https://grandrue.example");

  test("may be on a configured indexer's origin or the app's own", () => {
    expect(allowed).toEqual(["https://grandrue.example", "https://index.example.org"]);
    expect(parseOwnIndexerUrl(" https://index.example.org/ch/?x=1#top ", allowed)).toEqual({
      url: "https://index.example.org/ch",
    });
    expect(parseOwnIndexerUrl("https://grandrue.example/indexer/", allowed)).toEqual({
      url: "https://grandrue.example/indexer",
    });
  });

  test.each([
    ["", "empty"],
    ["index.example.org", "not-a-url"],
    ["ftp://index.example.org", "not-http"],
    ["https://elsewhere.example", "blocked"],
    ["http://index.example.org", "blocked"],
  ])("refuses %j: %s", (text, problem) => {
    expect(parseOwnIndexerUrl(text, allowed)).toEqual({ problem });
  });
});

describe("the stored preference", () => {
  test("reads what was kept, and anything else as automatic", () => {
    expect(parseIndexerPreference(null)).toEqual({ kind: "automatic" });
    expect(parseIndexerPreference('{"kind":"none"}')).toEqual({ kind: "none" });
    expect(parseIndexerPreference('{"kind":"url","url":"https://index.example.org"}')).toEqual({
      kind: "url",
      url: "https://index.example.org",
    });
    expect(parseIndexerPreference('{"kind":"url","url":"javascript:alert(1)"}')).toEqual({ kind: "automatic" });
    expect(parseIndexerPreference("not json")).toEqual({ kind: "automatic" });
  });
});

describe("choosing where to search", () => {
  const configured = ["https://a.example", "https://b.example", "https://c.example"];

  test("takes the first configured indexer that answers and follows this deployment", async () => {
    const otherRegistry = {
      ...TEST_DEPLOYMENT,
      contracts: {
        ...TEST_DEPLOYMENT.contracts,
        ShopRegistry: { address: "0x0000000000000000000000000000000000000001" as const, blockNumber: 1 },
      },
    };
    indexers({ "https://b.example": info(otherRegistry), "https://c.example": info() });
    expect(await chooseSearchSource({ kind: "automatic" }, configured, TEST_DEPLOYMENT)).toEqual({
      kind: "indexer",
      url: "https://c.example",
    });
  });

  test("asks only the one the shopper chose, and falls back to the browser when it does not answer", async () => {
    const asked = indexers({ "https://a.example": info() });
    const chosen = { kind: "url" as const, url: "https://b.example" };
    expect(await chooseSearchSource(chosen, configured, TEST_DEPLOYMENT)).toEqual({
      kind: "browser",
      reason: "none-answered",
    });
    expect(asked).toEqual(["https://b.example/info"]);
  });

  test("asks nobody without indexers, or when the shopper wants none", async () => {
    const asked = indexers({});
    expect(await chooseSearchSource({ kind: "automatic" }, [], TEST_DEPLOYMENT)).toEqual({
      kind: "browser",
      reason: "none-configured",
    });
    expect(await chooseSearchSource({ kind: "none" }, configured, TEST_DEPLOYMENT)).toEqual({
      kind: "browser",
      reason: "chosen",
    });
    expect(asked).toEqual([]);
  });
});
