/**
 * The built web app names no host it could load anything from but its configured RPC endpoint and IPFS node: no
 * CDN, no font or analytics service. It is built as `npm run dev` builds it, and every URL in its output is read.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const APP_CONFIG = fileURLToPath(new URL("../../app/vite.config.ts", import.meta.url));

/**
 * Hosts that appear as text only, never as a place the app loads from (the Content-Security-Policy would block them
 * anyway), each with where it comes from.
 */
const TEXT_ONLY_HOSTS: Record<string, string> = {
  "127.0.0.1": "the app's default RPC endpoint and IPFS node, for a local chain (VITE_RPC_URL, VITE_IPFS_*)",
  localhost: "@libp2p/crypto's stand-in origin under React Native, inside kubo-rpc-client",
  "www.w3.org": "XML namespaces of the SVG the app draws",
  "json-schema.org": "JSON Schema identifiers in zod's schema export",
  "example.org": "the example in a document field's error message",
  "react.dev": "React's links to its error decoder, in its production errors",
  "react.i18next.com": "react-i18next's link in a console warning",
  "reactjs.org": "React DOM's links in its warnings",
  "developer.mozilla.org": "React DOM's comment-links in its code and warnings",
  "bugs.webkit.org": "React DOM's link to a WebKit bug it works around, in a comment kept by the build",
  "tanstack.com": "TanStack Query's documentation link in a warning",
  "viem.sh": "viem's documentation links in its error messages",
  "wagmi.sh": "wagmi's documentation links in its error messages",
  "oxlib.sh": "ox's documentation links in its error messages",
  "abitype.dev": "abitype's documentation links in its error messages",
  "docs.soliditylang.org": "viem's link to the Solidity ABI specification in an error message",
  "4byte.sourcify.dev": "viem's suggestion, in an error message, of where to look up an unknown function selector",
  "github.com": "@libp2p/crypto's link to its README in an error message",
  "maplibre.invalid": "MapLibre's base for parsing a relative URL's protocol (`.invalid` resolves nowhere)",
  "maplibre.org": "MapLibre's documentation links in its comments",
  "wiki.openstreetmap.org": 'MapLibre\'s link in its "this map requires WebGL" error message',
  "index.example.org": "the example address in the search settings' hint and refusal",
  "index.exemple.fr": "the French example address in the search settings' hint and refusal",
};

let outDir: string;
let files: { name: string; text: string }[];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "grandrue-build-hosts-"));
  await build({ configFile: APP_CONFIG, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const names = (await readdir(outDir, { recursive: true })).filter((name) => /\.(?:js|css|html|json)$/.test(name));
  files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(outDir, name), "utf8") })));
}, 180_000);

afterAll(async () => {
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

describe("the built web app", () => {
  test("names no foreign host: every URL in it is the configured node's or a known text-only mention", () => {
    const foreign = new Set<string>();
    for (const { name, text } of files) {
      // A host starts with a letter or digit; a sentence's full stop after it ("… https://index.example.org.") is not
      // part of it.
      const absolute = [...text.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)/gi)];
      // A protocol-relative address ("//cdn.example.net/x.js") in a string is a host too.
      const relative = [...text.matchAll(/["'`]\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)];
      for (const [url, host] of [...absolute, ...relative]) {
        if (!(host!.toLowerCase() in TEXT_ONLY_HOSTS)) foreign.add(`${url} (in ${name})`);
      }
    }
    expect(files.length).toBeGreaterThan(3);
    expect([...foreign]).toEqual([]);
  });
});
