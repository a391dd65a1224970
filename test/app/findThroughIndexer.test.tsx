// @vitest-environment happy-dom
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanup, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { FindPage } from "../../app/src/features/discover/index.ts";
import { renderWithMarket } from "../../app/src/test/renderWithMarket.tsx";
import { TOWN } from "./support/breadShops.ts";
import { type BreadShopsStack, startBreadShopsStack } from "./support/startBreadShopsStack.ts";

/**
 * The find page through an indexer that lies, on a real local chain and IPFS node: whatever the indexer proposes, the
 * page shows only shops the chain confirms, read by their current CIDs and ranked by the SDK's engine.
 */

type Candidate = { shopId: string; metadataCid: string; catalogCid: string | null; score: number };

let workDir: string;
let stack: BreadShopsStack;
let indexer: Server | undefined;
let indexerUrl: string;
/** What the lying indexer answers to `GET /search`. */
let proposed: Candidate[] = [];

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A fake indexer over HTTP: `/info` names the stack's deployment, `/search` answers `proposed`. */
function startLyingIndexer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://indexer").pathname;
    const body =
      path === "/info"
        ? {
            service: "grandrue-indexer",
            chainId: 31337,
            deployment: stack.deployment,
            block: { number: 1, timestamp: 1 },
            documents: { ok: 6, invalid: 0, unreachable: 0, pending: 0 },
            features: { typoIndex: "vocabulary-prefix" },
          }
        : {
            chainId: 31337,
            block: { number: 1, timestamp: 1 },
            terms: [{ term: "pain", typos: [] }],
            offset: 0,
            limit: 50,
            hasMore: false,
            results: proposed.map((candidate) => ({
              ...candidate,
              status: "listed",
              isFarther: false,
              matchedItems: [],
            })),
          };
    response.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" });
    response.end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  // The page (happy-dom's http://localhost:3000) reads the chain, the IPFS node and the indexer on other origins, as the
  // app does; happy-dom's own CORS checks refuse the local chain's answers, so they are off (CSP is tested elsewhere).
  (
    window as unknown as { happyDOM: { settings: { fetch: { disableSameOriginPolicy: boolean } } } }
  ).happyDOM.settings.fetch.disableSameOriginPolicy = true;
  workDir = await mkdtemp(join(tmpdir(), "grandrue-find-through-indexer-"));
  stack = await startBreadShopsStack(join(workDir, "ipfs"));
  indexer = await startLyingIndexer();
  const address = indexer.address();
  indexerUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  const server = indexer;
  if (server !== undefined) await new Promise((resolve) => server.close(resolve));
  await stack?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

const candidate = (key: keyof BreadShopsStack["shops"], score = 1): Candidate => ({ ...stack.shops[key], score });

/** The find page for "pain" around the town, configured with the lying indexer only; the names of the shops shown. */
async function findBread(): Promise<string[]> {
  localStorage.setItem("grandrue.place", JSON.stringify({ label: "Aubrelle", ...TOWN, source: "coordinates" }));
  await renderWithMarket(<FindPage />, {
    path: "/?q=pain",
    deployment: stack.deployment,
    env: {
      VITE_RPC_URL: stack.rpcUrl,
      VITE_IPFS_GATEWAYS: stack.gatewayUrl,
      VITE_IPFS_APIS: JSON.stringify([`${stack.apiUrl}/api/v0`]),
      VITE_INDEXERS: indexerUrl,
    },
  });
  const results = await screen.findByRole("region", { name: "« pain » près de Aubrelle" }, { timeout: 30_000 });
  expect(within(results).getByText(/^Résultats proposés par l'indexeur 127\.0\.0\.1/)).toBeTruthy();
  return within(results)
    .getAllByRole("article")
    .map((card) => within(card).getAllByRole("link")[0]!.textContent ?? "");
}

describe("the find page through a lying indexer", () => {
  test("drops a shop the indexer invented, and says how many it dropped", async () => {
    proposed = [
      { shopId: "999", metadataCid: stack.shops.near.metadataCid, catalogCid: null, score: 9 },
      candidate("near"),
    ];
    expect(await findBread()).toEqual(["Le Fournil du Marché"]);
    expect(
      screen.getByText("1 commerce proposé par cet indexeur ne correspond pas à la chaîne : il est écarté."),
    ).toBeTruthy();
  });

  test("drops a shop proposed with a CID that is no longer its own, and shows the others by their current documents", async () => {
    proposed = [{ ...candidate("moved"), metadataCid: stack.movedOldMetadata }, candidate("south")];
    expect(await findBread()).toEqual(["Boulangerie du Sud"]);
    expect(screen.queryByText(/Boulangerie des Halles/)).toBeNull();
  });

  test("shows the shops in the page's own order, whatever order and scores the indexer gave", async () => {
    proposed = [candidate("moved", 9), candidate("south", 5), candidate("near", 0.1)];
    expect(await findBread()).toEqual([
      "Le Fournil du Marché",
      "Boulangerie du Sud",
      "Boulangerie des Halles, rouverte",
    ]);
    expect(screen.queryByText(/ne correspond/)).toBeNull();
  });
});
